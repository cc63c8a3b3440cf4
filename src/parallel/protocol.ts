/** Messages between a worker pool and its workers. Each item succeeds or fails on its own. */
export type Outcome<O> = { value: O } | { error: string };

export interface Request {
  id: number;
  items: unknown[];
}

export interface Reply {
  id: number;
  outcomes: Outcome<unknown>[];
}

/** What a worker runs: the named export of a module (a pure function of one item). */
export interface Task {
  /** File URL of the module. */
  module: string;
  /** Name of the exported function. */
  fn: string;
}
