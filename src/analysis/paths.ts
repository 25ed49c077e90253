/**
 * CI logs name files by absolute paths inside the runner's workspace; findings name them
 * relative to the repository so that links, annotations and fingerprints work across runs.
 */
const PREFIXES: RegExp[] = [
  /^(?:file:\/\/)?\/home\/runner\/work\/[^/]+\/[^/]+\//, // GitHub-hosted
  /^(?:file:\/\/)?\/__w\/[^/]+\/[^/]+\//, // GitHub container jobs
  /^(?:file:\/\/)?\/github\/workspace\//, // docker actions
  /^[A-Za-z]:[\\/]a[\\/][^\\/]+[\\/][^\\/]+[\\/]/, // Windows runners
  /^\/Users\/runner\/work\/[^/]+\/[^/]+\//, // macOS runners
  /^\/(?:home|Users)\/travis\/build\/[^/]+\/[^/]+\//, // Travis (Linux, macOS)
  /^\/builds\/[^/]+\/[^/]+\//, // GitLab
  /^\/(?:var\/lib\/jenkins|var\/jenkins_home|home\/jenkins(?:\/agent)?)\/workspace\/[^/]+\//, // Jenkins
  /^\/(?:tmp|var\/folders\/[^/]+\/[^/]+\/T)\/[^/]+\//, // temp dirs (mkdtemp)
  /^\/private\/var\/folders\/[^/]+\/[^/]+\/T\/[^/]+\//,
];

export function relativizePath(file: string): string {
  let f = file.trim().replace(/^["'`(]+|["'`),:]+$/g, "");
  for (const p of PREFIXES) {
    if (p.test(f)) {
      f = f.replace(p, "");
      break;
    }
  }
  if (f.startsWith("./")) f = f.slice(2);
  return f.replace(/\\/g, "/");
}

/** True for things that look like a source path rather than a URL, a module name or prose. */
export function plausibleFile(file: string): boolean {
  if (!file || file.length > 300) return false;
  if (/^[a-z]+:\/\//i.test(file) && !file.startsWith("file://")) return false;
  if (/\s{2,}|^\s|[<>|*?"]/.test(file)) return false;
  return /[A-Za-z0-9_]/.test(file);
}
