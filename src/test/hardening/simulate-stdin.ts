// Reads scenarios (a JSON array) on standard input and prints their results (a JSON array): lets a
// test run the engine in another process, under another host time zone.
import { readFileSync } from 'node:fs';
import type { Scenario } from '../../domain';
import { simulate } from '../../engine';

const scenarios = JSON.parse(readFileSync(0, 'utf8')) as Scenario[];
process.stdout.write(JSON.stringify(scenarios.map((s) => simulate(s))));
