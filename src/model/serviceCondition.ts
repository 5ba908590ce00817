// The condition a Service finding waits for: plain data, decided in services.ts once the whole
// input is read.

/** What a Service finding waits for: it holds only if the whole input bears it out. */
export interface ServiceCondition {
  /** The Service's namespace as written; unset means whatever namespace it is applied to. */
  namespace?: string;
  selector: Readonly<Record<string, string>>;
  /**
   * `selects-nothing`: no workload's pod template labels match the selector.
   * `port-name`: workloads are selected, and none of their containers declares `portName`
   * with `protocol` (the endpoints controller looks in `containers` only).
   */
  test: 'selects-nothing' | 'port-name';
  portName?: string;
  protocol?: string;
}
