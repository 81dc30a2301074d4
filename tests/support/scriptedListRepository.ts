import type { BatchResult, ItemPage, ItemQuery, Repository } from '../../src/data/ports';
import type { Stored } from '../../src/domain/models';

/**
 * A read-only Repository for component tests whose `list()` answers are scripted one call at a time:
 * items, an error, or a promise the test settles later (to see the loading state).
 * Writes are not part of what the components under test do, so they reject.
 */
export class ScriptedListRepository<T> implements Repository<T> {
  private readonly answers: Array<() => Promise<readonly Stored<T>[]>> = [];
  public listCalls = 0;

  public constructor(private readonly fallback: readonly Stored<T>[] = []) {}

  public answerWith(items: readonly Stored<T>[]): this {
    this.answers.push(() => Promise.resolve(items));
    return this;
  }

  public failWith(error: Error): this {
    this.answers.push(() => Promise.reject(error));
    return this;
  }

  /** The next `list()` waits until the returned function is called with its answer. */
  public hold(): (items: readonly Stored<T>[]) => void {
    let release: (items: readonly Stored<T>[]) => void = () => undefined;
    const pending = new Promise<readonly Stored<T>[]>((resolve) => {
      release = resolve;
    });
    this.answers.push(() => pending);
    return (items) => release(items);
  }

  public list(_query?: ItemQuery): Promise<readonly Stored<T>[]> {
    this.listCalls += 1;
    const next = this.answers.shift();
    return next ? next() : Promise.resolve(this.fallback);
  }

  public async page(query?: ItemQuery): Promise<ItemPage<T>> {
    return { items: await this.list(query) };
  }

  public async get(id: number): Promise<Stored<T>> {
    const found = this.fallback.find((item) => item.id === id);
    if (!found) throw new Error(`No item ${id}`);
    return found;
  }

  public create(): Promise<Stored<T>> {
    return Promise.reject(new Error('ScriptedListRepository is read-only'));
  }

  public update(): Promise<Stored<T>> {
    return Promise.reject(new Error('ScriptedListRepository is read-only'));
  }

  public recycle(): Promise<void> {
    return Promise.reject(new Error('ScriptedListRepository is read-only'));
  }

  public createMany(): Promise<readonly BatchResult<T>[]> {
    return Promise.reject(new Error('ScriptedListRepository is read-only'));
  }
}
