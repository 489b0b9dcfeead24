/**
 * The layering rule: dependencies point inward to shared/. shared/ is pure domain and formats
 * (no React, Dexie, Electron, DOM libraries or Node built-ins), renderer/ and electron/ never meet.
 */
const uiAndStorage =
  '^node_modules/(react|react-dom|react-aria-components|@internationalized|dexie|dexie-react-hooks|zustand|electron)(/|$)';

module.exports = {
  forbidden: [
    {
      name: 'shared-is-pure',
      comment: 'Bad layering: shared/ holds the domain and must run anywhere, so it imports nothing of the other layers.',
      severity: 'error',
      from: { path: '^shared/' },
      to: { path: '^(renderer|electron|build)/' },
    },
    {
      name: 'shared-has-no-ui-storage-or-shell',
      comment: 'Bad layering: shared/ must not depend on React, Dexie, zustand or Electron.',
      severity: 'error',
      from: { path: '^shared/' },
      to: { path: uiAndStorage },
    },
    {
      name: 'shared-has-no-node-builtins',
      comment: 'Bad layering: shared/ runs in the renderer too, so no Node built-in modules (its tests run in Node and may).',
      severity: 'error',
      from: { path: '^shared/', pathNot: '\\.test\\.ts$' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'renderer-not-electron',
      comment: 'Bad layering: the renderer reaches the shell only through the bridge contract in shared/ipc.',
      severity: 'error',
      from: { path: '^renderer/' },
      to: { path: ['^electron/', '^node_modules/electron(/|$)'] },
    },
    {
      name: 'renderer-no-node-builtins',
      comment: 'Bad layering: the renderer runs sandboxed in a browser page; Node built-ins are not there.',
      severity: 'error',
      from: { path: '^renderer/', pathNot: '\\.test\\.tsx?$' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'storage-only-in-data',
      comment:
        'Bad layering: Dexie is reached only from renderer/data/; screens and helpers call its data functions and hooks, ' +
        'so every query, transaction and live query sits where the schema and its migrations are.',
      severity: 'error',
      from: { path: '^(renderer|electron)/', pathNot: ['^renderer/data/', '\\.test\\.tsx?$'] },
      to: { path: '^node_modules/(dexie|dexie-react-hooks|dexie-export-import)(/|$)' },
    },
    {
      name: 'database-class-only-in-data',
      comment:
        'Bad layering: outside renderer/data/ the database is a handle passed on to data functions; only the entry point ' +
        'creates it. Its row types may be imported (type-only), its class not.',
      severity: 'error',
      from: { path: '^renderer/', pathNot: ['^renderer/data/', '^renderer/main\\.tsx$', '\\.test\\.tsx?$'] },
      to: { path: '^renderer/data/db\\.ts$', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'electron-not-renderer',
      comment: 'Bad layering: the shell does not reach into the UI; both meet in shared/.',
      severity: 'error',
      from: { path: '^electron/' },
      to: { path: '^renderer/' },
    },
    {
      name: 'projector-has-no-main-bridge',
      comment:
        "Each window only what it needs: the projector's screen runs under no bridge of the main window's (it saves, opens, backs up and mails nothing), so nothing it uses may reach for one.",
      severity: 'error',
      from: { path: '^renderer/projector/', pathNot: '\\.test\\.tsx?$' },
      to: { path: '^renderer/bridge/', reachable: true },
    },
    {
      name: 'product-not-tests',
      comment:
        'Product code must not depend on test support, nor on the example meetings and answers in tests/fixtures ' +
        '(made for the tests, the benchmark and the sample export; the app ships only shared/remiss/examplePackage).',
      severity: 'error',
      from: { path: '^(shared|renderer|electron)/', pathNot: '\\.test\\.tsx?$' },
      to: { path: '^tests/' },
    },
    {
      name: 'fixtures-are-domain-only',
      comment: 'The fixtures are plain domain data that the shared tests use in Node: they build on shared/ alone.',
      severity: 'error',
      from: { path: '^tests/fixtures/' },
      to: { path: ['^(renderer|electron|build)/', uiAndStorage] },
    },
    {
      name: 'zod-is-jitless',
      comment: 'zod comes from shared/validation/zod, which turns off its eval probe that the CSP reports as a violation.',
      severity: 'error',
      from: { pathNot: '^shared/validation/zod\\.ts$' },
      to: { path: '^node_modules/zod(/|$)' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'] },
  },
};
