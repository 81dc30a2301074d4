// One jest run for every kind of test; the browser and integration tests start their own emulator.
/** @type {import('jest').Config} */
module.exports = {
  testMatch: ['<rootDir>/tests/**/*.test.ts', '<rootDir>/tests/**/*.test.tsx'],
  testEnvironment: 'node',
  transform: {
    '^.+\\.(t|j)sx?$': ['ts-jest', { tsconfig: { allowJs: true, module: 'commonjs', jsx: 'react', esModuleInterop: true, target: 'es2022' }, isolatedModules: true }],
  },
  // PnPjs v4 and date-fns' tz package are ES modules only; let ts-jest turn them into CommonJS.
  transformIgnorePatterns: ['/node_modules/(?!(@pnp|@date-fns)/)'],
  moduleNameMapper: {
    '\\.(css|scss)$': '<rootDir>/tests/support/styleStub.js',
    // SPFx resolves a web part's strings module from config.json's localizedResources; jest reads the same AMD files.
    '^PartnershipRegisterWebPartStrings$': '<rootDir>/tests/support/PartnershipRegisterWebPartStrings.js',
    '^SteeringWebPartStrings$': '<rootDir>/tests/support/SteeringWebPartStrings.js',
    '^PartnershipControlWebPartStrings$': '<rootDir>/tests/support/PartnershipControlWebPartStrings.js',
    '^CouncilInfluenceWebPartStrings$': '<rootDir>/tests/support/CouncilInfluenceWebPartStrings.js',
    '^CouncilInformationWebPartStrings$': '<rootDir>/tests/support/CouncilInformationWebPartStrings.js',
    '^DashboardStrings$': '<rootDir>/tests/support/DashboardStrings.js',
    '^MeetingBodiesWebPartStrings$': '<rootDir>/tests/support/MeetingBodiesWebPartStrings.js',
    '^WgrCalendarWebPartStrings$': '<rootDir>/tests/support/WgrCalendarWebPartStrings.js',
    '^ServiceDeliveryWebPartStrings$': '<rootDir>/tests/support/ServiceDeliveryWebPartStrings.js',
    // @fluentui/react-charting needs d3, whose packages are ES modules only; their UMD builds load in jest as they are.
    '^(d3-[a-z-]+|internmap)$': '<rootDir>/node_modules/$1/dist/$1.js',
  },
  testTimeout: 30000,
  reporters: ['default', '<rootDir>/tests/support/summaryReporter.js'],
};
