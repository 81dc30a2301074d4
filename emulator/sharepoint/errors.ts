/**
 * SharePoint REST errors. Codes and messages are those SharePoint Online returns, from
 * /work/shared/reference/sharepoint-graph-behaviour.md ("SharePoint errors"): tag D/P unless a comment says I.
 * A handler throws a SharePointError; the router turns it into the error shape of the requested format.
 */
export class SharePointError extends Error {
  public constructor(
    public readonly status: number,
    /** `"<int>, <.NET type>"`, as in `odata.error.code`. */
    public readonly code: string,
    message: string,
    public readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(message);
    this.name = 'SharePointError';
  }
}

export const spErrors = {
  listNotFound: (title: string, siteUrl: string): SharePointError =>
    new SharePointError(404, '-1, System.ArgumentException', `List '${title}' does not exist at site with URL '${siteUrl}'.`),
  /** Addressed by id or URL, SharePoint answers the generic "file not found" (I: exact text varies per endpoint). */
  listNotFoundById: (): SharePointError =>
    new SharePointError(404, '-2147024894, System.IO.FileNotFoundException', 'List does not exist.\n\nThe page you selected contains a list that does not exist.  It may have been deleted by another user.'),
  itemNotFound: (): SharePointError =>
    new SharePointError(404, '-2147024809, System.ArgumentException', 'Item does not exist. It may have been deleted by another user.'),
  fileNotFound: (): SharePointError =>
    new SharePointError(404, '-2147024894, System.IO.FileNotFoundException', 'File Not Found.'),
  folderNotFound: (): SharePointError =>
    new SharePointError(404, '-2147024894, System.IO.FileNotFoundException', 'File Not Found.'),
  fieldNotFound: (name: string): SharePointError =>
    new SharePointError(400, '-1, Microsoft.SharePoint.SPException', `The field or property '${name}' does not exist.`),
  /** Unknown property in a write body (P: SharePoint's message for JSON light bodies). */
  propertyNotOnType: (name: string, typeName: string): SharePointError =>
    new SharePointError(
      400,
      '-1, Microsoft.SharePoint.Client.InvalidClientQueryException',
      `The property '${name}' does not exist on type '${typeName}'. Make sure to only use property names that are defined by the type.`,
    ),
  expandRequired: (field: string): SharePointError =>
    new SharePointError(
      400,
      '-1, Microsoft.SharePoint.SPException',
      `The query to field '${field}' is not valid. The $select query string must specify the target fields and the $expand query string must contains ${field}.`,
    ),
  invalidQuery: (expression: string): SharePointError =>
    new SharePointError(400, '-1, Microsoft.SharePoint.Client.InvalidClientQueryException', `The expression "${expression}" is not valid.`),
  invalidRequest: (message: string): SharePointError =>
    new SharePointError(400, '-1, Microsoft.SharePoint.Client.InvalidClientQueryException', message),
  /** I: SharePoint's text for a bad field value; the code is the one SPFieldValidationException uses. */
  invalidFieldValue: (message: string): SharePointError =>
    new SharePointError(400, '-2146232832, Microsoft.SharePoint.SPFieldValidationException', message),
  badJson: (): SharePointError =>
    new SharePointError(400, '-1, Microsoft.OData.ODataException', 'Invalid JSON. A token was not recognized in the JSON content.'),
  metadataInJsonLight: (): SharePointError =>
    new SharePointError(
      400,
      '-1, Microsoft.OData.ODataException',
      "The property '__metadata' does not exist on type 'SP.Data.ListItem'. Make sure to only use property names that are defined by the type or mark the type as open type.",
    ),
  staleETag: (sent: string, current: string): SharePointError =>
    new SharePointError(
      412,
      '-1, Microsoft.SharePoint.Client.ClientServiceException',
      `The request ETag value '${sent}' does not match the object's ETag value '${current}'.`,
    ),
  accessDenied: (): SharePointError =>
    new SharePointError(403, '-2147024891, System.UnauthorizedAccessException', 'Access denied.'),
  /** I: SharePoint Online answers anonymous REST calls with 401 and this message. */
  unauthenticated: (): SharePointError =>
    new SharePointError(401, '-2147024891, System.UnauthorizedAccessException', 'Access denied. You do not have permission to perform this action or access this resource.', {
      'www-authenticate': 'Bearer realm="emulator", client_id="00000003-0000-0ff1-ce00-000000000000"',
    }),
  invalidDigest: (): SharePointError =>
    new SharePointError(
      403,
      '-2130575251, Microsoft.SharePoint.SPException',
      'The security validation for this page is invalid and might be corrupted. Please use your web browser\'s Back button to try your operation again.',
    ),
  listViewThreshold: (): SharePointError =>
    new SharePointError(
      500,
      '-2147024860, Microsoft.SharePoint.SPQueryThrottledException',
      'The attempted operation is prohibited because it exceeds the list view threshold.',
    ),
  /** I: an unknown `_api` segment; SharePoint answers 404 with a resource-not-found message. */
  unknownEndpoint: (segment: string): SharePointError =>
    new SharePointError(404, '-1, Microsoft.SharePoint.Client.ResourceNotFoundException', `Cannot find resource for the request ${segment}.`),
  /** I: a known resource addressed with a verb it does not support. */
  methodNotAllowed: (method: string): SharePointError =>
    new SharePointError(405, '-1, Microsoft.SharePoint.Client.ClientServiceException', `The HTTP method '${method}' cannot be used to access the resource.`),
  duplicateList: (title: string): SharePointError =>
    new SharePointError(500, '-2130575342, Microsoft.SharePoint.SPException', `A list, survey, discussion board, or document library with the specified title already exists in this Web site.  Please choose another title.`),
  duplicateField: (name: string): SharePointError =>
    new SharePointError(500, '-2130575342, Microsoft.SharePoint.SPException', `A duplicate field name "${name}" was found.`),
  fileExists: (url: string): SharePointError =>
    new SharePointError(400, '-2130575257, Microsoft.SharePoint.SPException', `A file with the name ${url} already exists. It was last modified by SHAREPOINT\\system.`),
  userNotFound: (): SharePointError =>
    new SharePointError(404, '-2146232832, Microsoft.SharePoint.SPException', 'User cannot be found.'),
  groupNotFound: (): SharePointError =>
    new SharePointError(404, '-2146232832, Microsoft.SharePoint.SPException', 'Group cannot be found.'),
  internal: (message: string): SharePointError =>
    new SharePointError(500, '-1, System.InvalidOperationException', message),
};
