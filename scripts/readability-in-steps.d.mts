// Types for readability-in-steps.mjs.
import type { Plugin } from 'vite';
export function readabilityInSteps(source: string): string;
export function readabilityInStepsPlugin(): Plugin;
