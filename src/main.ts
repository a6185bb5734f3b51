/**
 * The bundle's public face: dist/Code.js exposes this as the global SocialROI, and its generated
 * top-level stubs (custom functions and add-on entry points) delegate to it.
 */
export { customFunctions, functionCatalog } from "./functions";
export { addon, entryPointCatalog } from "./addon";
