import * as React from 'react';
import { DefaultButton, format, type IContextualMenuItem, type ITheme, MessageBar, MessageBarType, Spinner, SpinnerSize } from '@fluentui/react';
import type { GeneratedDocument } from '../../data/documents/generatedDocument';
import { DOCX_MIME_TYPE } from '../../data/documents/generatedDocument';
import { offerDownload } from './offerDownload';

/** One version of the document the button can make, e.g. the raad's and the ambtelijke. */
export interface IGenerateDocumentChoice {
  readonly key: string;
  readonly text: string;
  readonly generate: () => Promise<GeneratedDocument>;
}

export interface IGenerateDocumentButtonProps {
  /** The button's label, e.g. "Overdrachtsdossier". */
  readonly text: string;
  /** The versions offered in the button's menu; one choice makes a plain button. */
  readonly choices: readonly IGenerateDocumentChoice[];
  /** Announced while the document is made. */
  readonly busyText: string;
  /** Shown when making it failed; `{0}` is the reason. */
  readonly failedText: string;
  readonly dismissLabel: string;
  readonly disabled?: boolean;
  readonly theme?: ITheme;
}

/**
 * A button that makes a Word document from the register and offers it as a download. The generation (docx and the
 * data it reads) is passed in, so the button knows nothing of lists, and the web part can load it lazily.
 */
export function GenerateDocumentButton(props: IGenerateDocumentButtonProps): JSX.Element {
  const [busy, setBusy] = React.useState(false);
  const [failure, setFailure] = React.useState<string | undefined>(undefined);
  const mounted = React.useRef(true);
  React.useEffect(
    () => () => {
      mounted.current = false;
    },
    [],
  );

  const run = (choice: IGenerateDocumentChoice): void => {
    setBusy(true);
    setFailure(undefined);
    choice.generate().then(
      (document) => {
        offerDownload(new Blob([document.bytes as BlobPart], { type: DOCX_MIME_TYPE }), document.fileName);
        if (mounted.current) setBusy(false);
      },
      (error: unknown) => {
        if (!mounted.current) return;
        setBusy(false);
        setFailure(format(props.failedText, error instanceof Error ? error.message : String(error)));
      },
    );
  };

  const items: IContextualMenuItem[] = props.choices.map((choice) => ({ key: choice.key, text: choice.text, onClick: () => run(choice) }));
  const single = props.choices.length === 1 ? props.choices[0] : undefined;
  return (
    <>
      <DefaultButton
        text={props.text}
        iconProps={{ iconName: 'WordDocument' }}
        disabled={props.disabled === true || busy}
        theme={props.theme}
        onClick={single ? () => run(single) : undefined}
        menuProps={single ? undefined : { items }}
      />
      <span aria-live="polite">{busy && <Spinner size={SpinnerSize.small} label={props.busyText} labelPosition="right" />}</span>
      {failure && (
        <MessageBar messageBarType={MessageBarType.error} isMultiline={true} onDismiss={() => setFailure(undefined)} dismissButtonAriaLabel={props.dismissLabel}>
          {failure}
        </MessageBar>
      )}
    </>
  );
}
