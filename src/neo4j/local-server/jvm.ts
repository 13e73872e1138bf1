import * as path from 'path';
import { JAR } from './launcher-build';
import { MAIN_CLASS } from './processes';

// What Neo4j 5's own launcher passes on Java 17, so Netty and the page cache can use direct memory.
const JVM_FLAGS = [
  '-XX:+UseG1GC',
  '-XX:+ExitOnOutOfMemoryError',
  '-XX:-OmitStackTraceInFastThrow',
  '-Djdk.nio.maxCachedBufferSize=1024',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-Dlog4j2.disable.jmx=true',
  ...[
    'java.base/java.nio',
    'java.base/java.lang',
    'java.base/sun.nio.ch',
    'java.base/java.io',
    'java.base/java.util.concurrent',
    'java.base/java.lang.reflect',
    'java.base/java.net',
    'java.base/jdk.internal.misc',
    'java.base/jdk.internal.ref',
    'java.base/jdk.internal.util',
    'java.base/sun.net.www.protocol.http',
    'jdk.unsupported/sun.misc',
  ].map((pkg) => `--add-opens=${pkg}=ALL-UNNAMED`),
];

/** The java arguments that start the launcher built into `build` for one server home. */
export function launcherArguments(build: string, server: { home: string; boltPort: number; host: string; heap?: string; pageCache?: string }): string[] {
  return [
    `-Xmx${server.heap ?? '1g'}`,
    ...JVM_FLAGS,
    '-cp',
    [path.join(build, JAR), path.join(build, 'dependency', '*')].join(path.delimiter),
    MAIN_CLASS,
    `--home=${server.home}`,
    `--port=${server.boltPort}`,
    `--host=${server.host}`,
    `--pageCache=${server.pageCache ?? '512m'}`,
  ];
}
