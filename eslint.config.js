import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const FEATURES = ['bots', 'trigger-setup', 'simulator', 'demo-settings'];
const reactImports = [
  { name: 'react', message: 'domain and engine stay free of React.' },
  { name: 'react-dom', message: 'domain and engine stay free of React.' },
];
const layerPatterns = (...names) =>
  names.flatMap((n) => [`**/${n}`, `**/${n}/**`]).map((group) => ({ group: [group], message: 'Imports flow one way: domain ← engine ← features ← app.' }));

export default tseslint.config(
  { ignores: ['dist', 'dist-cli', 'node_modules', 'public/mockServiceWorker.js', 'test-results', 'playwright-report', '.cache'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node }, ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'User text is rendered as text.' },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    files: ['src/domain/**'],
    ignores: ['**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { paths: reactImports, patterns: layerPatterns('engine', 'features', 'app', 'lib', 'components', 'mocks') }],
    },
  },
  {
    files: ['src/engine/**'],
    ignores: ['**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { paths: reactImports, patterns: layerPatterns('features', 'app', 'components', 'mocks') }],
    },
  },
  {
    files: ['src/api/**', 'src/lib/**', 'src/components/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: layerPatterns('features', 'app') }],
    },
  },
  ...FEATURES.map((feature) => ({
    files: [`src/features/${feature}/**`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...FEATURES.filter((f) => f !== feature).map((other) => ({
              group: [`**/features/${other}`, `**/features/${other}/**`, `../${other}`, `../${other}/**`, `../../${other}`, `../../${other}/**`, `../../../${other}/**`],
              message: 'Features never import each other; compose them in src/app.',
            })),
            { group: ['**/app', '**/app/**'], message: 'Imports flow one way: features ← app.' },
          ],
        },
      ],
    },
  })),
);
