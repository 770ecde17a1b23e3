/** @type {import('jest').Config} */
const transform = { '^.+\\.ts$': ['ts-jest', { diagnostics: false }] };
module.exports = {
  testEnvironment: 'node',
  transform,
  testMatch: ['<rootDir>/tests/**/*.test.ts'],
  globalSetup: '<rootDir>/tests/global-setup.js',
  testTimeout: 60000,
  reporters: ['default', '<rootDir>/tests/summary-reporter.js'],
};
