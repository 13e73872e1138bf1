import net from 'node:net';
import tls from 'node:tls';

let installed = false;

/**
 * Turns Nagle's algorithm off on the sockets this process opens, which is where the Neo4j driver
 * connects (it offers no socket option of its own). The driver writes a message bigger than its
 * 1.4 kB chunk buffer in several writes, and a session transaction sends BEGIN before RUN; with
 * Nagle on, the second write waits for the server's delayed ACK, 40 ms on Linux, on every such
 * transaction: measured 50 ms instead of 8 ms for the path statement (`npm run bench:queries`).
 * Request/response protocols want this off anyway; Node's own HTTP client does the same.
 */
export function disableNagleOnOutgoingSockets(): void {
  if (installed) return;
  installed = true;
  const connectNet = net.connect;
  const connectTls = tls.connect;
  net.connect = net.createConnection = function (this: unknown, ...args: Parameters<typeof net.connect>) {
    return (connectNet.apply(this, args) as net.Socket).setNoDelay(true);
  } as typeof net.connect;
  tls.connect = function (this: unknown, ...args: Parameters<typeof tls.connect>) {
    const socket = connectTls.apply(this, args);
    socket.setNoDelay(true);
    return socket;
  } as typeof tls.connect;
}
