/**
 * The bundle's public face: dist/Code.js exposes this as the global SocialROI, and its generated
 * top-level stubs delegate to it.
 */
export { customFunctions, functionCatalog } from "./functions";
