// ESLint for src/, run by the SPFx build rig's lint task (eslint 8, the version @microsoft/rush-stack-compiler-5.3
// expects). Based on the SPFx generator's React profile.
require('@rushstack/eslint-config/patch/modern-module-resolution');

module.exports = {
  extends: ['@microsoft/eslint-config-spfx/lib/profiles/react'],
  parserOptions: { tsconfigRootDir: __dirname },
  overrides: [
    {
      files: ['*.ts', '*.tsx'],
      parser: '@typescript-eslint/parser',
      parserOptions: {
        project: './tsconfig.json',
        ecmaVersion: 2018,
        sourceType: 'module',
      },
      rules: {
        // The domain code is strict TypeScript; `any` needs a reason.
        '@typescript-eslint/no-explicit-any': 'error',
        // Promises that nobody awaits hide failures.
        '@typescript-eslint/no-floating-promises': 'error',
        // `_name` marks a value left out on purpose, e.g. a property dropped with a rest pattern.
        '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
        // The schema and UI strings name SharePoint fields in their own casing (`odata.etag`, `Title`).
        '@typescript-eslint/naming-convention': 'off',
        '@typescript-eslint/member-ordering': 'off',
        '@rushstack/no-new-null': 'off',
        '@rushstack/typedef-var': 'off',
        'no-void': ['error', { allowAsStatement: true }],
      },
    },
  ],
};
