/*
 * The parts of PnPjs the adapters use. PnPjs extends its fluent API by module augmentation, so these imports must
 * run wherever an SPFI reaches the adapters, including an SPFI the web part built with `SPFx(context)`.
 */
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/fields';
import '@pnp/sp/views';
import '@pnp/sp/content-types';
import '@pnp/sp/site-users/web';
import '@pnp/sp/files';
import '@pnp/sp/folders';
import '@pnp/sp/batching';
