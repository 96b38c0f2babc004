// Test helper: a mobile app's order-event subscription through a gateway's WebSocket, that connects
// again (to whichever gateway it is given, with whichever key) after its last event id, as the docs
// tell clients to. `ids` is every event id it received, in order; errors are recorded in it too.
import WebSocket from "ws";

export class ResumingSubscriber {
  readonly ids: string[] = [];
  private ws: WebSocket | null = null;
  constructor(
    private after: string,
    private key = "",
  ) {}

  /** Connects and subscribes after the last id; resolves once the gateway acknowledged the connection. */
  connect(gatewayUrl: string, key = this.key): Promise<void> {
    this.key = key;
    const ws = new WebSocket(gatewayUrl.replace(/^http/, "ws"), "graphql-transport-ws");
    this.ws = ws;
    ws.on("error", () => {});
    return new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error("no connection_ack within 10 s")), 10_000);
      ws.on("open", () => ws.send(JSON.stringify({ type: "connection_init", payload: { "x-api-key": key } })));
      ws.on("message", (m) => {
        const msg = JSON.parse(String(m));
        if (msg.type === "connection_ack") {
          clearTimeout(timer);
          ws.send(
            JSON.stringify({ id: "r", type: "subscribe", payload: { query: "subscription($after: ID) { orderEvents(after: $after) { id } }", variables: { after: this.after } } }),
          );
          resolve();
        } else if (msg.type === "next" && msg.payload?.data?.orderEvents) {
          this.after = msg.payload.data.orderEvents.id;
          this.ids.push(this.after);
        } else if (msg.type === "next" || msg.type === "error") this.ids.push(`error: ${JSON.stringify(msg.payload).slice(0, 300)}`);
      });
      ws.on("close", () => clearTimeout(timer));
    });
  }

  /** Resolves when the socket has closed (the gateway went away). */
  closed(): Promise<void> {
    return new Promise((resolve) => (!this.ws || this.ws.readyState === WebSocket.CLOSED ? resolve() : this.ws.on("close", () => resolve())));
  }

  close() {
    this.ws?.terminate();
  }
}
