import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/**
 * Student-facing client files: untranslated text fails lint here (docs/i18n.md). JSX text with letters
 * and literal label-like attributes must come from the catalogs (`useT`). User content is not literal.
 */
const STUDENT_FACING = [
  'client/src/components/**/*.tsx',
  'client/src/app/**/*.tsx',
  'client/src/features/auth/**/*.tsx',
  'client/src/features/join/**/*.tsx',
  'client/src/features/home/HomePage.tsx',
  'client/src/features/home/ToDoList.tsx',
  'client/src/features/notifications/**/*.tsx',
  'client/src/features/network/NetworkLayout.tsx',
  // The exchange pages a student sees (teacher-only panels of the same folder stay English).
  ...[
    'ExchangePage',
    'ExchangesPage',
    'EssayEditor',
    'EssayGiveawayWarning',
    'MyFeedback',
    'MyReviews',
    'ReviewForm',
    'ReviewPage',
    'ReviewText',
  ].map((f) => `client/src/features/exchanges/${f}.tsx`),
  'client/src/features/exchanges/calibration/AnchorExamples.tsx',
  'client/src/features/exchanges/calibration/CalibrationGate.tsx',
  'client/src/features/exchanges/calibration/CalibrationPractice.tsx',
  'client/src/features/endorsements/ExampleReviews.tsx',
  'client/src/features/rubrics/RubricCards.tsx',
  // Signing in and joining with a school account (the coordinator's page stays English).
  'client/src/features/sign-in-providers/SignInProviderButtons.tsx',
  'client/src/features/sign-in-providers/SchoolAccountLink.tsx',
];
const LITERAL = '/[A-Za-z]/';
const LABEL_ATTRIBUTES = '/^(label|title|description|placeholder|aria-label|alt|confirmLabel|documentTitle)$/';
const untranslated = [
  {
    selector: `JSXText[value=${LITERAL}]`,
    message: 'Text a student sees comes from the catalogs: useT (docs/i18n.md).',
  },
  {
    selector: `JSXAttribute[name.name=${LABEL_ATTRIBUTES}] > Literal[value=${LITERAL}]`,
    message: 'Labels come from the catalogs: useT (docs/i18n.md).',
  },
  {
    selector: `JSXAttribute[name.name=${LABEL_ATTRIBUTES}] > JSXExpressionContainer > :matches(Literal[value=${LITERAL}], TemplateLiteral)`,
    message: 'Labels come from the catalogs: useT (docs/i18n.md).',
  },
  // {'Text'}, {cond ? 'Text' : …}, {x && `Text ${y}`} as a child of an element.
  ...[
    `Literal[value=${LITERAL}]`,
    `:matches(ConditionalExpression, LogicalExpression) > Literal[value=${LITERAL}]`,
    `TemplateLiteral > TemplateElement[value.raw=${LITERAL}]`,
    `:matches(ConditionalExpression, LogicalExpression) > TemplateLiteral > TemplateElement[value.raw=${LITERAL}]`,
  ].map((inner) => ({
    selector: `:matches(JSXElement, JSXFragment) > JSXExpressionContainer > ${inner}`,
    message: 'Text a student sees comes from the catalogs: useT (docs/i18n.md).',
  })),
];

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '.data/**',
      'client/src/gql/**',
      'server/src/database/migrations/*-*.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'off',
    },
  },
  {
    files: ['client/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    files: STUDENT_FACING,
    ignores: ['**/*.spec.ts', '**/*.spec.tsx'],
    rules: { 'no-restricted-syntax': ['error', ...untranslated] },
  },
);
