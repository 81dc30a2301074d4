import * as React from 'react';
import { Checkbox, ChoiceGroup, format, getId, IChoiceGroupOption, ITheme, MessageBar, MessageBarType, PrimaryButton, Spinner, SpinnerSize, TextField } from '@fluentui/react';
import * as strings from 'CouncilInformationWebPartStrings';
import type { Repositories } from '../../../data/ports';
import type { BbvParagraph, BbvParagraphKind } from '../../../domain/bbv';
import type { DownloadableFile } from './ICouncilInformationProps';
import { getCouncilInformationClassNames } from './CouncilInformation.styles';

export interface IBbvParagraphSectionProps {
  readonly repositories: Pick<Repositories, 'partnerships' | 'financialFigures'>;
  readonly defaultYear: number;
  readonly theme: ITheme;
  readonly saveFile: (file: DownloadableFile) => void;
}

type Result = { readonly kind: 'done'; readonly paragraph: BbvParagraph; readonly fileNames: readonly string[] } | { readonly kind: 'failed' };

/** The year as typed, or undefined when it is no year the paragraph can be made for. */
function parseYear(text: string): number | undefined {
  if (!/^\s*\d{4}\s*$/.test(text)) return undefined;
  const year = Number(text.trim());
  return year >= 1990 && year <= 2100 ? year : undefined;
}

/**
 * "BBV-paragraaf maken": the paragraph verbonden partijen as .docx and .xlsx. The document code (docx,
 * exceljs) is not needed on first paint, so it loads on the first click (webpack chunk 'bbv-paragraph').
 */
export function BbvParagraphSection(props: IBbvParagraphSectionProps): JSX.Element {
  const classNames = getCouncilInformationClassNames(props.theme);
  const [yearText, setYearText] = React.useState(String(props.defaultYear));
  const [kind, setKind] = React.useState<BbvParagraphKind>('begroting');
  const [includeOthers, setIncludeOthers] = React.useState(false);
  const [busy, setBusy] = React.useState(false);
  const [result, setResult] = React.useState<Result | undefined>(undefined);
  const [headingId] = React.useState(() => getId('bbv-heading'));
  const year = parseYear(yearText);
  const kindOptions: IChoiceGroupOption[] = [
    { key: 'begroting', text: strings.BbvKindBegroting },
    { key: 'jaarstukken', text: strings.BbvKindJaarstukken },
  ];

  const generate = async (): Promise<void> => {
    if (year === undefined) return;
    setBusy(true);
    setResult(undefined);
    try {
      const [{ loadBbvParagraph }, { writeBbvParagraphFiles }] = await Promise.all([
        import(/* webpackChunkName: 'bbv-paragraph' */ '../../../data/bbv/loadBbvParagraph'),
        import(/* webpackChunkName: 'bbv-paragraph' */ '../../../documents/bbvParagraphFiles'),
      ]);
      const paragraph = await loadBbvParagraph(props.repositories, { kind, year, includeOthers });
      const files = await writeBbvParagraphFiles(paragraph);
      files.forEach((file) => props.saveFile(file));
      setResult({ kind: 'done', paragraph, fileNames: files.map((file) => file.name) });
    } catch {
      setResult({ kind: 'failed' });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className={classNames.section} aria-labelledby={headingId}>
      <h3 id={headingId} className={classNames.sectionHeading}>
        {strings.BbvHeading}
      </h3>
      <p className={classNames.sectionIntro}>{strings.BbvIntro}</p>
      <div className={classNames.bbvForm}>
        <TextField
          label={strings.BbvYearLabel}
          value={yearText}
          onChange={(_event, value) => setYearText(value ?? '')}
          errorMessage={year === undefined ? strings.BbvYearError : undefined}
          inputMode="numeric"
          styles={{ root: { width: 120 } }}
        />
        <ChoiceGroup label={strings.BbvKindLabel} selectedKey={kind} options={kindOptions} onChange={(_event, option) => option && setKind(option.key as BbvParagraphKind)} />
        <Checkbox label={strings.BbvIncludeOthers} checked={includeOthers} onChange={(_event, checked) => setIncludeOthers(checked === true)} />
        <PrimaryButton text={strings.BbvGenerate} onClick={() => {
            // `generate` reports its own failures in the message bar.
            generate().catch(() => undefined);
          }} disabled={busy || year === undefined} />
      </div>
      {busy && <Spinner size={SpinnerSize.medium} label={strings.BbvGenerating} />}
      <div aria-live="polite">
        {result?.kind === 'failed' && <MessageBar messageBarType={MessageBarType.error}>{strings.BbvFailed}</MessageBar>}
        {result?.kind === 'done' && (
          <MessageBar messageBarType={MessageBarType.success} isMultiline={true}>
            <p style={{ margin: 0 }} data-testid="bbv-done">
              {format(strings.BbvDone, String(result.paragraph.groups.reduce((sum, group) => sum + group.entries.length, 0)), result.fileNames.join(', '))}
            </p>
            <p style={{ margin: '8px 0 0', fontWeight: 600 }}>{strings.BbvMissingHeading}</p>
            {result.paragraph.missing.length === 0 ? (
              <p style={{ margin: 0 }}>{strings.BbvNoMissing}</p>
            ) : (
              <ul style={{ margin: 0, paddingLeft: 20 }} data-testid="bbv-missing">
                {result.paragraph.missing.map((missing) => (
                  <li key={missing.name}>
                    {missing.name}: {missing.items.join('; ')}
                  </li>
                ))}
              </ul>
            )}
          </MessageBar>
        )}
      </div>
    </section>
  );
}
