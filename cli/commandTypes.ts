import type { CliIo } from './context';

export interface OptionSpec {
  readonly type: 'string' | 'boolean';
  readonly short?: string;
}

export type OptionValues = Readonly<Record<string, string | boolean | undefined>>;

/** One entry of the command table; later issues add commands by adding entries. */
export interface CliCommand {
  readonly name: string;
  readonly summary: string;
  readonly usage: string;
  readonly options: Readonly<Record<string, OptionSpec>>;
  run(values: OptionValues, io: CliIo): Promise<number>;
}
