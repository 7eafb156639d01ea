// Leaflet's ES module build (its package has no `module` field, so it is imported by path) has the
// same API as the `leaflet` types; Vite's `?inline` CSS import is a string.
declare module 'leaflet/dist/leaflet-src.esm.js' {
  export * from 'leaflet';
}
declare module 'leaflet/dist/leaflet.css?inline' {
  const css: string;
  export default css;
}
