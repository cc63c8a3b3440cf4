#!/usr/bin/env node
// Dossier's executable: runs the TypeScript CLI with Node's built-in type stripping (Node >= 22.18 / 24).
import { main } from '../src/cli/main.ts';

process.exitCode = await main(process.argv.slice(2));
