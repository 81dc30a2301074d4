import * as React from 'react';
import { getId } from '@fluentui/react';
import type { IDashboardClassNames } from './dashboard.styles';

export interface IDashboardSectionProps {
  readonly title: string;
  readonly classNames: IDashboardClassNames;
  /** Spans the whole width of the dashboard grid (tables with many columns). */
  readonly wide?: boolean;
  /** A stable name for tests and for other issues' sections (`data-section`). */
  readonly name: string;
  readonly actions?: React.ReactNode;
  readonly children?: React.ReactNode;
}

/** A titled region of the dashboard: a landmark with its own heading, so screen-reader users can jump between sections. */
export function DashboardSection(props: IDashboardSectionProps): JSX.Element {
  const [headingId] = React.useState(() => getId(`dashboard-${props.name}`));
  return (
    <section aria-labelledby={headingId} data-section={props.name} className={`${props.classNames.section} ${props.wide ? props.classNames.wide : ''}`}>
      <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'baseline', gap: 8, flexWrap: 'wrap' }}>
        <h3 id={headingId} className={props.classNames.sectionTitle}>
          {props.title}
        </h3>
        {props.actions}
      </div>
      {props.children}
    </section>
  );
}
