/**
 * The manifest a deploy must leave on Google: the project's `apps-script/appsscript.json` (read
 * from there, never restated), compared with what clasp reads back. clasp's `create-script` pulls
 * a base manifest (no scopes, no advanced service) over `dist/appsscript.json`; a push that kept
 * it would give a script that asks for no Drive access and has no `Drive` symbol.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

interface AdvancedService {
  readonly userSymbol?: string;
  readonly serviceId?: string;
  readonly version?: string;
}

export interface Manifest {
  readonly oauthScopes?: readonly string[];
  readonly dependencies?: { readonly enabledAdvancedServices?: readonly AdvancedService[] };
}

export const projectManifestPath = (root: string) => join(root, 'apps-script', 'appsscript.json');

export function readManifest(path: string): Manifest {
  return JSON.parse(readFileSync(path, 'utf8')) as Manifest;
}

const services = (m: Manifest) => m.dependencies?.enabledAdvancedServices ?? [];
/** `Drive v3` */
const serviceName = (s: AdvancedService) => `${s.userSymbol ?? s.serviceId} ${s.version ?? ''}`.trim();
/** `https://www.googleapis.com/auth/drive.file` -> `drive.file` */
const scopeName = (scope: string) => scope.replace('https://www.googleapis.com/auth/', '');

/** What `expected` has that `actual` lacks: its scopes and advanced services, by name. */
export function missingFromManifest(expected: Manifest, actual: Manifest): string[] {
  const scopes = new Set(actual.oauthScopes ?? []);
  const present = new Set(services(actual).map((s) => `${s.serviceId}@${s.version}@${s.userSymbol}`));
  return [
    ...(expected.oauthScopes ?? []).filter((s) => !scopes.has(s)).map(scopeName),
    ...services(expected)
      .filter((s) => !present.has(`${s.serviceId}@${s.version}@${s.userSymbol}`))
      .map(serviceName),
  ];
}

export const manifestServices = (m: Manifest) => services(m).map(serviceName);
