/**
 * Webpack loader for `@twilio-paste/icons/esm/<Name>Icon.js`: keeps the icon's own SVG expression and
 * hands the rest to build-support/paste-icon.js, written once. A module of another shape is returned
 * as it is (Paste's own code, only larger); tests/scripts/webpack-config.test.ts requires every icon
 * the plugin bundles to have the shape.
 */
'use strict';
const path = require('path');

const FACTORY = path.join(__dirname, 'paste-icon.js');

// import*as R from"react"; … const C=R.forwardRef(({as:_,display:_,element:_="ICON",size:_,color:_,title:T,decorative:D},ref)=>{
// const L=`Name-${uid()}`; if(!D&&T==null)throw …; return R.createElement(Wrapper,{…,ref:ref},SVG)});C.displayName="Name";export{C as Name};
const SHAPE =
  /^import\*as (\w+) from"react";import\{useUID as (\w+)\}from"@twilio-paste\/uid-library";import\{IconWrapper as (\w+)\}from"\.\/helpers\/IconWrapper";const (\w+)=\1\.forwardRef\(\(\{as:(\w+),display:(\w+),element:(\w+)="ICON",size:(\w+),color:(\w+),title:(\w+),decorative:(\w+)\},(\w+)\)=>\{const (\w+)=`(\w+)-\$\{\2\(\)\}`;if\(!\11&&\10==null\)throw new Error\("\[\14\]: Missing a title for non-decorative icon\."\);return \1\.createElement\(\3,\{as:\5,display:\6,element:\7,size:\8,color:\9,ref:\12\},(\1\.createElement\("svg",.*)\)\}\);\4\.displayName="\14";export\{\4 as \14\};\s*$/s;

function rewrite(source) {
  const m = SHAPE.exec(source);
  if (!m) return undefined;
  const [, react, , , , , , , , , title, decorative, , labelId, name, svg] = m;
  return (
    `import*as ${react} from"react";import{pasteIcon}from${JSON.stringify(FACTORY)};` +
    `const ${name}=pasteIcon(${JSON.stringify(name)},(${decorative},${labelId},${title})=>${svg});export{${name}};`
  );
}

module.exports = function pasteIconLoader(source) {
  return rewrite(source) ?? source;
};
module.exports.rewrite = rewrite;
