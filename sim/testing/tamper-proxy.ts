import { type AddressInfo, connect, createServer, type Server, type Socket } from "node:net";

/**
 * A loopback TCP proxy that rewrites bytes in the client→server stream (same length, so
 * Content-Length stays right): an on-path attacker changing a signed parameter.
 */
export async function startTamperProxy(targetPort: number, from: string, to: string) {
  if (Buffer.byteLength(from) !== Buffer.byteLength(to))
    throw new Error("from/to must have the same length");
  const sockets = new Set<Socket>();
  const server: Server = createServer((client) => {
    const upstream = connect(targetPort, "127.0.0.1");
    sockets.add(client).add(upstream);
    client.on("data", (chunk: Buffer) => {
      upstream.write(Buffer.from(chunk.toString("latin1").split(from).join(to), "latin1"));
    });
    upstream.pipe(client);
    client.on("error", () => upstream.destroy());
    upstream.on("error", () => client.destroy());
    client.on("close", () => upstream.end());
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
