/* eslint-disable */
// @ts-nocheck
/**
 * GENERATED from schemas/house-style.schema.json by ajv's standalone code generation
 * (test/support/generate-validators.js). Do not edit: change the schema, then run
 * `npm run gen:validators`. test/model/validators-drift.test.ts fails when this file
 * and the schema disagree.
 */
"use strict";
export const validate = validate20;
export default validate20;
const schema31 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://kamerbrief.example/schemas/house-style/1.0","title":"kamerbrief house style","description":"The page layout of a letter, shared by the DOCX and PDF exporters. Lengths are millimetres from the top-left corner of the page; font sizes are points. Every field of the letter is printed once on page 1: a field the side column and the meta block leave out is added at the end of the meta block, so no template can drop content.","type":"object","additionalProperties":false,"required":["name","page","fonts","metaBlock","pageNumbers"],"properties":{"$schema":{"type":"string"},"name":{"type":"string","pattern":"^[a-z0-9][a-z0-9-]*$","description":"Short name, as --template takes it."},"description":{"type":"string"},"page":{"type":"object","additionalProperties":false,"required":["width","height","margins"],"properties":{"width":{"$ref":"#/$defs/length","description":"Page width in mm (A4: 210)."},"height":{"$ref":"#/$defs/length","description":"Page height in mm (A4: 297)."},"margins":{"type":"object","additionalProperties":false,"required":["top","right","bottom","left"],"description":"Margins of the text area in mm, the same on every page.","properties":{"top":{"$ref":"#/$defs/length"},"right":{"$ref":"#/$defs/length"},"bottom":{"$ref":"#/$defs/length"},"left":{"$ref":"#/$defs/length"}}}}},"fonts":{"type":"object","additionalProperties":false,"required":["family","size","small","title","heading1","heading2","lineHeight"],"properties":{"family":{"type":"string","minLength":1,"description":"Font family of all text; a reader without it substitutes one."},"size":{"$ref":"#/$defs/points","description":"Body text size in pt."},"small":{"$ref":"#/$defs/points","description":"Size in pt of the side column, the running head, the return address and footnotes."},"title":{"$ref":"#/$defs/points","description":"Size in pt of the questions-and-answers title."},"heading1":{"$ref":"#/$defs/points","description":"Size in pt of theme headings."},"heading2":{"$ref":"#/$defs/points","description":"Size in pt of the \"Vraag 1\" / \"Antwoord op vraag 1\" headings."},"lineHeight":{"type":"number","minimum":1,"maximum":3,"description":"Line height as a multiple of the font size."}}},"addressBlock":{"$ref":"#/$defs/box","description":"Where the return-address line and the recipient block start on page 1 (x is taken as the left margin; y moves the first line down). Absent: they open the text at the top margin."},"returnAddressLabel":{"type":"string","description":"Printed before the return address (\"Retouradres\"); empty for none."},"sideColumn":{"$ref":"#/$defs/column","description":"The letterhead column of page 1 (afzendergegevens), printed in the margin beside the text. Absent: its fields are printed in the meta block."},"metaBlock":{"type":"array","description":"Fields printed in the text under the recipient block, before the letter itself (Datum, Betreft).","items":{"$ref":"#/$defs/field"}},"runningHead":{"$ref":"#/$defs/column","description":"The column repeated on every later page (date and reference, as on the source letter), printed in the page header: y is the header's distance from the top edge of the page, x and width its place across the page (in the right margin). Keep it shorter than the top margin, or it pushes the text down. Absent: later pages have none."},"pageNumbers":{"type":"object","additionalProperties":false,"required":["format","placement","firstPage"],"properties":{"format":{"type":"string","pattern":"\\{page\\}","description":"Text of the page number, with {page} and optionally {pages}: \"Pagina {page} van {pages}\"."},"placement":{"enum":["running-head","footer"],"description":"At the end of the running head (and side column), or in the footer."},"firstPage":{"type":"boolean","description":"Whether page 1 shows a page number too."}}}},"$defs":{"length":{"type":"number","minimum":0,"maximum":1000},"points":{"type":"number","minimum":4,"maximum":72},"box":{"type":"object","additionalProperties":false,"required":["x","y","width"],"properties":{"x":{"$ref":"#/$defs/length","description":"Left edge, mm from the left edge of the page."},"y":{"$ref":"#/$defs/length","description":"Top edge, mm from the top edge of the page."},"width":{"$ref":"#/$defs/length","description":"Width in mm."}}},"column":{"type":"object","additionalProperties":false,"required":["x","y","width","fields"],"properties":{"x":{"$ref":"#/$defs/length"},"y":{"$ref":"#/$defs/length"},"width":{"$ref":"#/$defs/length"},"fields":{"type":"array","minItems":1,"items":{"$ref":"#/$defs/field"}}}},"field":{"type":"object","additionalProperties":false,"required":["field"],"properties":{"field":{"enum":["sender.organisation","sender.units","sender.visitingAddress","sender.postalAddress","sender.website","letterhead.fields","metadata.date","metadata.reference","metadata.subject"],"description":"Which model field: the sender's lines, the other labelled fields (Contactpersoon, Uw referentie …), or the letter's date, reference and subject."},"label":{"type":"string","minLength":1,"description":"Printed label (\"Datum\", \"Onze referentie\", \"Betreft\"); letterhead.fields carry their own."},"labelPlacement":{"enum":["above","inline"],"description":"Label on its own line above the value (side column) or before it on the same line (meta block). Default: above."},"bold":{"type":"boolean","description":"Print the value in bold (the sender's first unit on Rijksoverheid letters)."},"spaceBefore":{"$ref":"#/$defs/length","description":"Space above the field in mm."}}}}};
const schema32 = {"type":"number","minimum":0,"maximum":1000};
const schema38 = {"type":"number","minimum":4,"maximum":72};
const func1 = Object.prototype.hasOwnProperty;
const func2 = require("ajv/dist/runtime/ucs2length").default;
const pattern4 = new RegExp("^[a-z0-9][a-z0-9-]*$", "u");
const pattern5 = new RegExp("\\{page\\}", "u");
const schema43 = {"type":"object","additionalProperties":false,"required":["x","y","width"],"properties":{"x":{"$ref":"#/$defs/length","description":"Left edge, mm from the left edge of the page."},"y":{"$ref":"#/$defs/length","description":"Top edge, mm from the top edge of the page."},"width":{"$ref":"#/$defs/length","description":"Width in mm."}}};

function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate21.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.x === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "x"},message:"must have required property '"+"x"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.y === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "y"},message:"must have required property '"+"y"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.width === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "width"},message:"must have required property '"+"width"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "x") || (key0 === "y")) || (key0 === "width"))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.x !== undefined){
let data0 = data.x;
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 > 1000 || isNaN(data0)){
const err4 = {instancePath:instancePath+"/x",schemaPath:"#/$defs/length/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000},message:"must be <= 1000"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data0 < 0 || isNaN(data0)){
const err5 = {instancePath:instancePath+"/x",schemaPath:"#/$defs/length/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/x",schemaPath:"#/$defs/length/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.y !== undefined){
let data1 = data.y;
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 > 1000 || isNaN(data1)){
const err7 = {instancePath:instancePath+"/y",schemaPath:"#/$defs/length/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000},message:"must be <= 1000"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data1 < 0 || isNaN(data1)){
const err8 = {instancePath:instancePath+"/y",schemaPath:"#/$defs/length/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/y",schemaPath:"#/$defs/length/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.width !== undefined){
let data2 = data.width;
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 > 1000 || isNaN(data2)){
const err10 = {instancePath:instancePath+"/width",schemaPath:"#/$defs/length/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000},message:"must be <= 1000"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data2 < 0 || isNaN(data2)){
const err11 = {instancePath:instancePath+"/width",schemaPath:"#/$defs/length/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/width",schemaPath:"#/$defs/length/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
else {
const err13 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
validate21.errors = vErrors;
return errors === 0;
}
validate21.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema47 = {"type":"object","additionalProperties":false,"required":["x","y","width","fields"],"properties":{"x":{"$ref":"#/$defs/length"},"y":{"$ref":"#/$defs/length"},"width":{"$ref":"#/$defs/length"},"fields":{"type":"array","minItems":1,"items":{"$ref":"#/$defs/field"}}}};
const schema51 = {"type":"object","additionalProperties":false,"required":["field"],"properties":{"field":{"enum":["sender.organisation","sender.units","sender.visitingAddress","sender.postalAddress","sender.website","letterhead.fields","metadata.date","metadata.reference","metadata.subject"],"description":"Which model field: the sender's lines, the other labelled fields (Contactpersoon, Uw referentie …), or the letter's date, reference and subject."},"label":{"type":"string","minLength":1,"description":"Printed label (\"Datum\", \"Onze referentie\", \"Betreft\"); letterhead.fields carry their own."},"labelPlacement":{"enum":["above","inline"],"description":"Label on its own line above the value (side column) or before it on the same line (meta block). Default: above."},"bold":{"type":"boolean","description":"Print the value in bold (the sender's first unit on Rijksoverheid letters)."},"spaceBefore":{"$ref":"#/$defs/length","description":"Space above the field in mm."}}};

function validate24(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate24.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.field === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "field"},message:"must have required property '"+"field"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "field") || (key0 === "label")) || (key0 === "labelPlacement")) || (key0 === "bold")) || (key0 === "spaceBefore"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.field !== undefined){
let data0 = data.field;
if(!(((((((((data0 === "sender.organisation") || (data0 === "sender.units")) || (data0 === "sender.visitingAddress")) || (data0 === "sender.postalAddress")) || (data0 === "sender.website")) || (data0 === "letterhead.fields")) || (data0 === "metadata.date")) || (data0 === "metadata.reference")) || (data0 === "metadata.subject"))){
const err2 = {instancePath:instancePath+"/field",schemaPath:"#/properties/field/enum",keyword:"enum",params:{allowedValues: schema51.properties.field.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.label !== undefined){
let data1 = data.label;
if(typeof data1 === "string"){
if(func2(data1) < 1){
const err3 = {instancePath:instancePath+"/label",schemaPath:"#/properties/label/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/label",schemaPath:"#/properties/label/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.labelPlacement !== undefined){
let data2 = data.labelPlacement;
if(!((data2 === "above") || (data2 === "inline"))){
const err5 = {instancePath:instancePath+"/labelPlacement",schemaPath:"#/properties/labelPlacement/enum",keyword:"enum",params:{allowedValues: schema51.properties.labelPlacement.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.bold !== undefined){
if(typeof data.bold !== "boolean"){
const err6 = {instancePath:instancePath+"/bold",schemaPath:"#/properties/bold/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.spaceBefore !== undefined){
let data4 = data.spaceBefore;
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 > 1000 || isNaN(data4)){
const err7 = {instancePath:instancePath+"/spaceBefore",schemaPath:"#/$defs/length/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000},message:"must be <= 1000"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data4 < 0 || isNaN(data4)){
const err8 = {instancePath:instancePath+"/spaceBefore",schemaPath:"#/$defs/length/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/spaceBefore",schemaPath:"#/$defs/length/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
validate24.errors = vErrors;
return errors === 0;
}
validate24.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate23(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate23.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.x === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "x"},message:"must have required property '"+"x"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.y === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "y"},message:"must have required property '"+"y"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.width === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "width"},message:"must have required property '"+"width"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.fields === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "fields"},message:"must have required property '"+"fields"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "x") || (key0 === "y")) || (key0 === "width")) || (key0 === "fields"))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.x !== undefined){
let data0 = data.x;
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 > 1000 || isNaN(data0)){
const err5 = {instancePath:instancePath+"/x",schemaPath:"#/$defs/length/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000},message:"must be <= 1000"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data0 < 0 || isNaN(data0)){
const err6 = {instancePath:instancePath+"/x",schemaPath:"#/$defs/length/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/x",schemaPath:"#/$defs/length/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.y !== undefined){
let data1 = data.y;
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 > 1000 || isNaN(data1)){
const err8 = {instancePath:instancePath+"/y",schemaPath:"#/$defs/length/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000},message:"must be <= 1000"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data1 < 0 || isNaN(data1)){
const err9 = {instancePath:instancePath+"/y",schemaPath:"#/$defs/length/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/y",schemaPath:"#/$defs/length/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.width !== undefined){
let data2 = data.width;
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 > 1000 || isNaN(data2)){
const err11 = {instancePath:instancePath+"/width",schemaPath:"#/$defs/length/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000},message:"must be <= 1000"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data2 < 0 || isNaN(data2)){
const err12 = {instancePath:instancePath+"/width",schemaPath:"#/$defs/length/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/width",schemaPath:"#/$defs/length/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.fields !== undefined){
let data3 = data.fields;
if(Array.isArray(data3)){
if(data3.length < 1){
const err14 = {instancePath:instancePath+"/fields",schemaPath:"#/properties/fields/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
if(!(validate24(data3[i0], {instancePath:instancePath+"/fields/" + i0,parentData:data3,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
errors = vErrors.length;
}
}
}
else {
const err15 = {instancePath:instancePath+"/fields",schemaPath:"#/properties/fields/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
else {
const err16 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
validate23.errors = vErrors;
return errors === 0;
}
validate23.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://kamerbrief.example/schemas/house-style/1.0" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate20.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.page === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "page"},message:"must have required property '"+"page"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.fonts === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "fonts"},message:"must have required property '"+"fonts"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.metaBlock === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "metaBlock"},message:"must have required property '"+"metaBlock"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.pageNumbers === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "pageNumbers"},message:"must have required property '"+"pageNumbers"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
for(const key0 in data){
if(!(func1.call(schema31.properties, key0))){
const err5 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.$schema !== undefined){
if(typeof data.$schema !== "string"){
const err6 = {instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.name !== undefined){
let data1 = data.name;
if(typeof data1 === "string"){
if(!pattern4.test(data1)){
const err7 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]*$"+"\""};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.description !== undefined){
if(typeof data.description !== "string"){
const err9 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.page !== undefined){
let data3 = data.page;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.width === undefined){
const err10 = {instancePath:instancePath+"/page",schemaPath:"#/properties/page/required",keyword:"required",params:{missingProperty: "width"},message:"must have required property '"+"width"+"'"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data3.height === undefined){
const err11 = {instancePath:instancePath+"/page",schemaPath:"#/properties/page/required",keyword:"required",params:{missingProperty: "height"},message:"must have required property '"+"height"+"'"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data3.margins === undefined){
const err12 = {instancePath:instancePath+"/page",schemaPath:"#/properties/page/required",keyword:"required",params:{missingProperty: "margins"},message:"must have required property '"+"margins"+"'"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
for(const key1 in data3){
if(!(((key1 === "width") || (key1 === "height")) || (key1 === "margins"))){
const err13 = {instancePath:instancePath+"/page",schemaPath:"#/properties/page/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data3.width !== undefined){
let data4 = data3.width;
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 > 1000 || isNaN(data4)){
const err14 = {instancePath:instancePath+"/page/width",schemaPath:"#/$defs/length/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000},message:"must be <= 1000"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data4 < 0 || isNaN(data4)){
const err15 = {instancePath:instancePath+"/page/width",schemaPath:"#/$defs/length/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/page/width",schemaPath:"#/$defs/length/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data3.height !== undefined){
let data5 = data3.height;
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 > 1000 || isNaN(data5)){
const err17 = {instancePath:instancePath+"/page/height",schemaPath:"#/$defs/length/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000},message:"must be <= 1000"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(data5 < 0 || isNaN(data5)){
const err18 = {instancePath:instancePath+"/page/height",schemaPath:"#/$defs/length/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
else {
const err19 = {instancePath:instancePath+"/page/height",schemaPath:"#/$defs/length/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data3.margins !== undefined){
let data6 = data3.margins;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.top === undefined){
const err20 = {instancePath:instancePath+"/page/margins",schemaPath:"#/properties/page/properties/margins/required",keyword:"required",params:{missingProperty: "top"},message:"must have required property '"+"top"+"'"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(data6.right === undefined){
const err21 = {instancePath:instancePath+"/page/margins",schemaPath:"#/properties/page/properties/margins/required",keyword:"required",params:{missingProperty: "right"},message:"must have required property '"+"right"+"'"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(data6.bottom === undefined){
const err22 = {instancePath:instancePath+"/page/margins",schemaPath:"#/properties/page/properties/margins/required",keyword:"required",params:{missingProperty: "bottom"},message:"must have required property '"+"bottom"+"'"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(data6.left === undefined){
const err23 = {instancePath:instancePath+"/page/margins",schemaPath:"#/properties/page/properties/margins/required",keyword:"required",params:{missingProperty: "left"},message:"must have required property '"+"left"+"'"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
for(const key2 in data6){
if(!((((key2 === "top") || (key2 === "right")) || (key2 === "bottom")) || (key2 === "left"))){
const err24 = {instancePath:instancePath+"/page/margins",schemaPath:"#/properties/page/properties/margins/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data6.top !== undefined){
let data7 = data6.top;
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 > 1000 || isNaN(data7)){
const err25 = {instancePath:instancePath+"/page/margins/top",schemaPath:"#/$defs/length/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000},message:"must be <= 1000"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if(data7 < 0 || isNaN(data7)){
const err26 = {instancePath:instancePath+"/page/margins/top",schemaPath:"#/$defs/length/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
else {
const err27 = {instancePath:instancePath+"/page/margins/top",schemaPath:"#/$defs/length/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data6.right !== undefined){
let data8 = data6.right;
if((typeof data8 == "number") && (isFinite(data8))){
if(data8 > 1000 || isNaN(data8)){
const err28 = {instancePath:instancePath+"/page/margins/right",schemaPath:"#/$defs/length/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000},message:"must be <= 1000"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if(data8 < 0 || isNaN(data8)){
const err29 = {instancePath:instancePath+"/page/margins/right",schemaPath:"#/$defs/length/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
else {
const err30 = {instancePath:instancePath+"/page/margins/right",schemaPath:"#/$defs/length/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data6.bottom !== undefined){
let data9 = data6.bottom;
if((typeof data9 == "number") && (isFinite(data9))){
if(data9 > 1000 || isNaN(data9)){
const err31 = {instancePath:instancePath+"/page/margins/bottom",schemaPath:"#/$defs/length/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000},message:"must be <= 1000"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if(data9 < 0 || isNaN(data9)){
const err32 = {instancePath:instancePath+"/page/margins/bottom",schemaPath:"#/$defs/length/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
else {
const err33 = {instancePath:instancePath+"/page/margins/bottom",schemaPath:"#/$defs/length/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data6.left !== undefined){
let data10 = data6.left;
if((typeof data10 == "number") && (isFinite(data10))){
if(data10 > 1000 || isNaN(data10)){
const err34 = {instancePath:instancePath+"/page/margins/left",schemaPath:"#/$defs/length/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000},message:"must be <= 1000"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
if(data10 < 0 || isNaN(data10)){
const err35 = {instancePath:instancePath+"/page/margins/left",schemaPath:"#/$defs/length/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
else {
const err36 = {instancePath:instancePath+"/page/margins/left",schemaPath:"#/$defs/length/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
}
else {
const err37 = {instancePath:instancePath+"/page/margins",schemaPath:"#/properties/page/properties/margins/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
}
else {
const err38 = {instancePath:instancePath+"/page",schemaPath:"#/properties/page/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data.fonts !== undefined){
let data11 = data.fonts;
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
if(data11.family === undefined){
const err39 = {instancePath:instancePath+"/fonts",schemaPath:"#/properties/fonts/required",keyword:"required",params:{missingProperty: "family"},message:"must have required property '"+"family"+"'"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
if(data11.size === undefined){
const err40 = {instancePath:instancePath+"/fonts",schemaPath:"#/properties/fonts/required",keyword:"required",params:{missingProperty: "size"},message:"must have required property '"+"size"+"'"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
if(data11.small === undefined){
const err41 = {instancePath:instancePath+"/fonts",schemaPath:"#/properties/fonts/required",keyword:"required",params:{missingProperty: "small"},message:"must have required property '"+"small"+"'"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
if(data11.title === undefined){
const err42 = {instancePath:instancePath+"/fonts",schemaPath:"#/properties/fonts/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
if(data11.heading1 === undefined){
const err43 = {instancePath:instancePath+"/fonts",schemaPath:"#/properties/fonts/required",keyword:"required",params:{missingProperty: "heading1"},message:"must have required property '"+"heading1"+"'"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
if(data11.heading2 === undefined){
const err44 = {instancePath:instancePath+"/fonts",schemaPath:"#/properties/fonts/required",keyword:"required",params:{missingProperty: "heading2"},message:"must have required property '"+"heading2"+"'"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
if(data11.lineHeight === undefined){
const err45 = {instancePath:instancePath+"/fonts",schemaPath:"#/properties/fonts/required",keyword:"required",params:{missingProperty: "lineHeight"},message:"must have required property '"+"lineHeight"+"'"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
for(const key3 in data11){
if(!(((((((key3 === "family") || (key3 === "size")) || (key3 === "small")) || (key3 === "title")) || (key3 === "heading1")) || (key3 === "heading2")) || (key3 === "lineHeight"))){
const err46 = {instancePath:instancePath+"/fonts",schemaPath:"#/properties/fonts/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
if(data11.family !== undefined){
let data12 = data11.family;
if(typeof data12 === "string"){
if(func2(data12) < 1){
const err47 = {instancePath:instancePath+"/fonts/family",schemaPath:"#/properties/fonts/properties/family/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
else {
const err48 = {instancePath:instancePath+"/fonts/family",schemaPath:"#/properties/fonts/properties/family/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
if(data11.size !== undefined){
let data13 = data11.size;
if((typeof data13 == "number") && (isFinite(data13))){
if(data13 > 72 || isNaN(data13)){
const err49 = {instancePath:instancePath+"/fonts/size",schemaPath:"#/$defs/points/maximum",keyword:"maximum",params:{comparison: "<=", limit: 72},message:"must be <= 72"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
if(data13 < 4 || isNaN(data13)){
const err50 = {instancePath:instancePath+"/fonts/size",schemaPath:"#/$defs/points/minimum",keyword:"minimum",params:{comparison: ">=", limit: 4},message:"must be >= 4"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
else {
const err51 = {instancePath:instancePath+"/fonts/size",schemaPath:"#/$defs/points/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
if(data11.small !== undefined){
let data14 = data11.small;
if((typeof data14 == "number") && (isFinite(data14))){
if(data14 > 72 || isNaN(data14)){
const err52 = {instancePath:instancePath+"/fonts/small",schemaPath:"#/$defs/points/maximum",keyword:"maximum",params:{comparison: "<=", limit: 72},message:"must be <= 72"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
if(data14 < 4 || isNaN(data14)){
const err53 = {instancePath:instancePath+"/fonts/small",schemaPath:"#/$defs/points/minimum",keyword:"minimum",params:{comparison: ">=", limit: 4},message:"must be >= 4"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
else {
const err54 = {instancePath:instancePath+"/fonts/small",schemaPath:"#/$defs/points/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
if(data11.title !== undefined){
let data15 = data11.title;
if((typeof data15 == "number") && (isFinite(data15))){
if(data15 > 72 || isNaN(data15)){
const err55 = {instancePath:instancePath+"/fonts/title",schemaPath:"#/$defs/points/maximum",keyword:"maximum",params:{comparison: "<=", limit: 72},message:"must be <= 72"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
if(data15 < 4 || isNaN(data15)){
const err56 = {instancePath:instancePath+"/fonts/title",schemaPath:"#/$defs/points/minimum",keyword:"minimum",params:{comparison: ">=", limit: 4},message:"must be >= 4"};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
else {
const err57 = {instancePath:instancePath+"/fonts/title",schemaPath:"#/$defs/points/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
if(data11.heading1 !== undefined){
let data16 = data11.heading1;
if((typeof data16 == "number") && (isFinite(data16))){
if(data16 > 72 || isNaN(data16)){
const err58 = {instancePath:instancePath+"/fonts/heading1",schemaPath:"#/$defs/points/maximum",keyword:"maximum",params:{comparison: "<=", limit: 72},message:"must be <= 72"};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
if(data16 < 4 || isNaN(data16)){
const err59 = {instancePath:instancePath+"/fonts/heading1",schemaPath:"#/$defs/points/minimum",keyword:"minimum",params:{comparison: ">=", limit: 4},message:"must be >= 4"};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
else {
const err60 = {instancePath:instancePath+"/fonts/heading1",schemaPath:"#/$defs/points/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
if(data11.heading2 !== undefined){
let data17 = data11.heading2;
if((typeof data17 == "number") && (isFinite(data17))){
if(data17 > 72 || isNaN(data17)){
const err61 = {instancePath:instancePath+"/fonts/heading2",schemaPath:"#/$defs/points/maximum",keyword:"maximum",params:{comparison: "<=", limit: 72},message:"must be <= 72"};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
if(data17 < 4 || isNaN(data17)){
const err62 = {instancePath:instancePath+"/fonts/heading2",schemaPath:"#/$defs/points/minimum",keyword:"minimum",params:{comparison: ">=", limit: 4},message:"must be >= 4"};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
else {
const err63 = {instancePath:instancePath+"/fonts/heading2",schemaPath:"#/$defs/points/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
if(data11.lineHeight !== undefined){
let data18 = data11.lineHeight;
if((typeof data18 == "number") && (isFinite(data18))){
if(data18 > 3 || isNaN(data18)){
const err64 = {instancePath:instancePath+"/fonts/lineHeight",schemaPath:"#/properties/fonts/properties/lineHeight/maximum",keyword:"maximum",params:{comparison: "<=", limit: 3},message:"must be <= 3"};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
if(data18 < 1 || isNaN(data18)){
const err65 = {instancePath:instancePath+"/fonts/lineHeight",schemaPath:"#/properties/fonts/properties/lineHeight/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
else {
const err66 = {instancePath:instancePath+"/fonts/lineHeight",schemaPath:"#/properties/fonts/properties/lineHeight/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
}
else {
const err67 = {instancePath:instancePath+"/fonts",schemaPath:"#/properties/fonts/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
if(data.addressBlock !== undefined){
if(!(validate21(data.addressBlock, {instancePath:instancePath+"/addressBlock",parentData:data,parentDataProperty:"addressBlock",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
}
if(data.returnAddressLabel !== undefined){
if(typeof data.returnAddressLabel !== "string"){
const err68 = {instancePath:instancePath+"/returnAddressLabel",schemaPath:"#/properties/returnAddressLabel/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
if(data.sideColumn !== undefined){
if(!(validate23(data.sideColumn, {instancePath:instancePath+"/sideColumn",parentData:data,parentDataProperty:"sideColumn",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
}
if(data.metaBlock !== undefined){
let data22 = data.metaBlock;
if(Array.isArray(data22)){
const len0 = data22.length;
for(let i0=0; i0<len0; i0++){
if(!(validate24(data22[i0], {instancePath:instancePath+"/metaBlock/" + i0,parentData:data22,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
errors = vErrors.length;
}
}
}
else {
const err69 = {instancePath:instancePath+"/metaBlock",schemaPath:"#/properties/metaBlock/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
if(data.runningHead !== undefined){
if(!(validate23(data.runningHead, {instancePath:instancePath+"/runningHead",parentData:data,parentDataProperty:"runningHead",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
}
if(data.pageNumbers !== undefined){
let data25 = data.pageNumbers;
if(data25 && typeof data25 == "object" && !Array.isArray(data25)){
if(data25.format === undefined){
const err70 = {instancePath:instancePath+"/pageNumbers",schemaPath:"#/properties/pageNumbers/required",keyword:"required",params:{missingProperty: "format"},message:"must have required property '"+"format"+"'"};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
if(data25.placement === undefined){
const err71 = {instancePath:instancePath+"/pageNumbers",schemaPath:"#/properties/pageNumbers/required",keyword:"required",params:{missingProperty: "placement"},message:"must have required property '"+"placement"+"'"};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
if(data25.firstPage === undefined){
const err72 = {instancePath:instancePath+"/pageNumbers",schemaPath:"#/properties/pageNumbers/required",keyword:"required",params:{missingProperty: "firstPage"},message:"must have required property '"+"firstPage"+"'"};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
for(const key4 in data25){
if(!(((key4 === "format") || (key4 === "placement")) || (key4 === "firstPage"))){
const err73 = {instancePath:instancePath+"/pageNumbers",schemaPath:"#/properties/pageNumbers/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
if(data25.format !== undefined){
let data26 = data25.format;
if(typeof data26 === "string"){
if(!pattern5.test(data26)){
const err74 = {instancePath:instancePath+"/pageNumbers/format",schemaPath:"#/properties/pageNumbers/properties/format/pattern",keyword:"pattern",params:{pattern: "\\{page\\}"},message:"must match pattern \""+"\\{page\\}"+"\""};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
}
else {
const err75 = {instancePath:instancePath+"/pageNumbers/format",schemaPath:"#/properties/pageNumbers/properties/format/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
}
if(data25.placement !== undefined){
let data27 = data25.placement;
if(!((data27 === "running-head") || (data27 === "footer"))){
const err76 = {instancePath:instancePath+"/pageNumbers/placement",schemaPath:"#/properties/pageNumbers/properties/placement/enum",keyword:"enum",params:{allowedValues: schema31.properties.pageNumbers.properties.placement.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
}
if(data25.firstPage !== undefined){
if(typeof data25.firstPage !== "boolean"){
const err77 = {instancePath:instancePath+"/pageNumbers/firstPage",schemaPath:"#/properties/pageNumbers/properties/firstPage/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
}
}
else {
const err78 = {instancePath:instancePath+"/pageNumbers",schemaPath:"#/properties/pageNumbers/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
}
}
else {
const err79 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

