import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export interface ScriptedReply {
  status?: number;
  content?: string;
  finishReason?: string;
}

/** An OpenAI-compatible /v1/chat/completions on 127.0.0.1 that answers from a script and records requests. */
export class FakeLLM {
  readonly requests: {
    body: { model: string; messages: { role: string; content: string }[] };
    auth: string;
  }[] = [];
  private server!: Server;
  constructor(private readonly script: ScriptedReply[]) {}

  get baseUrl(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/v1`;
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      let raw = "";
      req.on("data", (c) => (raw += c));
      req.on("end", () => {
        this.requests.push({ body: JSON.parse(raw), auth: String(req.headers.authorization ?? "") });
        const reply = this.script.shift() ?? { content: "NO_PATCH" };
        res.setHeader("content-type", "application/json");
        if (reply.status && reply.status !== 200) {
          res.statusCode = reply.status;
          res.end(JSON.stringify({ error: { message: "scripted failure", type: "server_error" } }));
          return;
        }
        res.end(
          JSON.stringify({
            id: "chatcmpl-test",
            object: "chat.completion",
            created: 0,
            model: "fake",
            choices: [
              {
                index: 0,
                message: { role: "assistant", content: reply.content ?? "" },
                finish_reason: reply.finishReason ?? "stop",
              },
            ],
            usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 },
          }),
        );
      });
    });
    await new Promise<void>((r) => this.server.listen(0, "127.0.0.1", r));
    return this;
  }

  async stop(): Promise<void> {
    await new Promise<void>((r) => this.server.close(() => r()));
  }
}
