#!/usr/bin/env node
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import { analyze } from '../index.js';
const { document } = parseHTML('<html><head><title>T: x</title></head><body><article><h1>Head</h1><p>“Hello there,” Assad said.</p><p>Second <b>para</b> here.</p></article></body></html>');
const r = new Readability(document as any, { charThreshold: 0 }).parse();
console.log(r?.title, JSON.stringify(r?.content), analyze('“Hi,” he said.').quotes.length);
