// Fake geocoders for <peer-meeting-finder>'s "near a place", only under /fake-api/geocoder/:
//   nominatim?…&q=<place>  → Nominatim-style JSON: [{lat, lon, display_name}] (lat/lon as strings, as Nominatim sends them)
//   geojson?…&text=<place> → GeoJSON FeatureCollection (Photon/Pelias style): features[0].geometry.coordinates = [lng, lat]
//   down?…                 → HTTP 503 (a geocoder that fails)
//   held?…&q=<place>       → the Nominatim answer, held back until /release (a request in flight, without a timed delay)
// Known places: anything containing "springfield" or "peoria"; any other place → no result ([] or no features).
//   hits   → {hits: [{path, query}]}: every geocoder request since the last reset (query is the raw query string)
//   reset  → clears the hits (and releases any held request)
//   release → answers the held requests
// The hits are counted here, on the server, so a test can assert that nothing reached the geocoder before the visitor asked.
const PLACES = [
  {match: 'springfield', lat: 39.80172, lng: -89.64371, name: 'Springfield, Sangamon County, Illinois, United States'},
  {match: 'peoria', lat: 40.69365, lng: -89.58899, name: 'Peoria, Peoria County, Illinois, United States'},
];
const state = {hits: [], held: []};
const release = () => {
  for (const answer of state.held.splice(0)) answer();
};

const find = (q) => PLACES.find((p) => String(q ?? '').toLowerCase().includes(p.match));

export default async function geocoderFakeApi(ctx, next) {
  if (!ctx.path.startsWith('/fake-api/geocoder/')) return next();
  const path = ctx.path.slice('/fake-api/geocoder/'.length);
  if (path === 'hits') {
    ctx.body = {hits: state.hits};
    return;
  }
  if (path === 'reset') {
    state.hits = [];
    release();
    ctx.body = {ok: true};
    return;
  }
  if (path === 'release') {
    const n = state.held.length;
    release();
    ctx.body = {released: n};
    return;
  }
  state.hits.push({path, query: ctx.querystring});
  // A third-party geocoder is another origin in real life; the finder fetches it with CORS.
  ctx.set('Access-Control-Allow-Origin', '*');
  if (path === 'held') await new Promise((answer) => state.held.push(answer));
  if (path === 'nominatim' || path === 'held') {
    const p = find(ctx.query.q);
    ctx.type = 'application/json';
    ctx.body = JSON.stringify(p ? [{place_id: 1, lat: String(p.lat), lon: String(p.lng), display_name: p.name, class: 'boundary', type: 'administrative'}] : []);
    return;
  }
  if (path === 'geojson') {
    const p = find(ctx.query.text);
    ctx.type = 'application/json';
    ctx.body = JSON.stringify({
      type: 'FeatureCollection',
      features: p ? [{type: 'Feature', geometry: {type: 'Point', coordinates: [p.lng, p.lat]}, properties: {name: p.name}}] : [],
    });
    return;
  }
  if (path === 'down') {
    ctx.status = 503;
    ctx.body = {error: 'unavailable'};
    return;
  }
  return next();
}
