// The TypeScript compiler of the SPFx build rig requires a file at the root of src/; the web parts are
// the solution's entry points (config/config.json), so nothing is exported here.
export {};
