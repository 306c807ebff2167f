import type { WithResponse } from "./operation-types.js";

/** The `{ data, nextCursor }` envelope every list response has. */
export interface PageShape {
  readonly data: ReadonlyArray<unknown>;
  readonly nextCursor: string | null;
}

/** The item type of a page. */
export type PageItem<Page> = Page extends { readonly data: ReadonlyArray<infer Item> } ? Item : never;

/** Fetches the page that starts at `cursor` (undefined: the first page). */
export type PageFetcher<Page> = (cursor: string | undefined) => Promise<WithResponse<Page>>;

/**
 * What a list method returns: `await` it for one page (`{ data, nextCursor, lastResponse }`), or iterate it
 * with `for await` for every item across pages, following `nextCursor`. Nothing is requested until it is
 * awaited or iterated; awaiting twice reuses the first request.
 *
 * @example
 * const firstPage = await client.loans.list({ limit: 10 });
 * for await (const loan of client.loans.list({ status: "active" })) console.log(loan.id);
 */
export class PagePromise<Page extends PageShape> implements Promise<WithResponse<Page>>, AsyncIterable<PageItem<Page>> {
  readonly #fetchPage: PageFetcher<Page>;
  #firstPage: Promise<WithResponse<Page>> | undefined;

  constructor(fetchPage: PageFetcher<Page>) {
    this.#fetchPage = fetchPage;
  }

  readonly [Symbol.toStringTag] = "PagePromise";

  #first(): Promise<WithResponse<Page>> {
    this.#firstPage ??= this.#fetchPage(undefined);
    return this.#firstPage;
  }

  // biome-ignore lint/suspicious/noThenProperty: a PagePromise is awaitable by design, like stripe-node's list promises.
  then<Result1 = WithResponse<Page>, Result2 = never>(
    onFulfilled?: ((page: WithResponse<Page>) => Result1 | PromiseLike<Result1>) | null,
    onRejected?: ((reason: unknown) => Result2 | PromiseLike<Result2>) | null,
  ): Promise<Result1 | Result2> {
    return this.#first().then(onFulfilled, onRejected);
  }

  catch<Result = never>(
    onRejected?: ((reason: unknown) => Result | PromiseLike<Result>) | null,
  ): Promise<WithResponse<Page> | Result> {
    return this.#first().catch(onRejected);
  }

  finally(onFinally?: (() => void) | null): Promise<WithResponse<Page>> {
    return this.#first().finally(onFinally);
  }

  /** Every page in turn, starting with the first. */
  async *pages(): AsyncGenerator<WithResponse<Page>, void, undefined> {
    let page = await this.#first();
    yield page;
    while (page.nextCursor !== null) {
      page = await this.#fetchPage(page.nextCursor);
      yield page;
    }
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<PageItem<Page>, void, undefined> {
    for await (const page of this.pages()) {
      for (const item of page.data) yield item as PageItem<Page>;
    }
  }

  /**
   * Collects items across pages, at most `limit` of them (required, so a large list is never pulled by accident).
   *
   * @example
   * const loans = await client.loans.list({ status: "active" }).autoPagingToArray({ limit: 1000 });
   */
  async autoPagingToArray(options: { readonly limit: number }): Promise<PageItem<Page>[]> {
    const items: PageItem<Page>[] = [];
    if (options.limit <= 0) return items;
    for await (const item of this) {
      items.push(item);
      if (items.length >= options.limit) break;
    }
    return items;
  }
}
