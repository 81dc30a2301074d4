define([], function () {
  return {
    CheckingSite: 'Loading Samenwerkingsmonitor…',
    ListsMissingTitle: 'The Samenwerkingsmonitor lists do not exist on this site yet',
    ListsMissingSite: 'Site: {0}',
    OwnerExplanation: 'You manage this site. Create the lists once; after that everyone with access to the site sees the register. Running it again is safe: existing lists and data stay.',
    CreateListsButton: 'Create lists',
    CreatingLists: 'Creating lists…',
    ListsCreated: 'The lists have been created.',
    NothingChanged: 'All lists already existed; nothing was changed.',
    ChangesHeading: 'Created or updated',
    StepContentType: 'Content type {0}',
    StepList: 'List {0}',
    StepListContentType: 'Content type {0} in list {1}',
    StepField: 'Column {0} in list {1}',
    StepView: 'View {0} of list {1}',
    StepPermissions: 'Permissions of list {1}',
    ActionCreated: 'created',
    ActionUpdated: 'updated',
    OpenRegisterButton: 'Go to the register',
    NonOwnerExplanation: 'An owner of this site has to create the lists once. Ask the site owner to open this page and select "Create lists".',
    CreateFailed: 'Creating the lists failed: {0}',
    RetryButton: 'Try again'
  };
});
