#!/usr/bin/env node
// The peerkit CLI: runs the TypeScript server (server/cli.ts) through tsx.
import {register} from 'tsx/esm/api';

register();
await import('../server/cli.ts');
