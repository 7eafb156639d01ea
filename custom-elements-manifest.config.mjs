export default {
  globs: ['src/elements/**/*.ts', 'src/core/peer-element.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  dependencies: false,
  packagejson: true,
  plugins: [
    {
      // PeerElement.emit dispatches `new CustomEvent(name, …)` with the name as a parameter: the
      // analyzer lists it as an event called "name" on every element. The real events are each
      // element's @fires (typed in src/core/events.ts).
      name: 'peerkit-drop-emit-parameter',
      packageLinkPhase({customElementsManifest}) {
        for (const m of customElementsManifest.modules ?? [])
          for (const d of m.declarations ?? []) if (d.events) d.events = d.events.filter((e) => !(e.name === 'name' && !e.description));
      },
    },
  ],
};
