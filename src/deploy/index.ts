export { deploy, normalizePrefix, DEFAULT_BRANCH } from './deploy.ts';
export type { DeployOptions, DeployResult } from './deploy.ts';
export { deleteVersion, listVersions } from './delete-version.ts';
export { defaultBuild, runAstroBuild } from './build.ts';
export type { BuildFn, BuildRequest } from './build.ts';
export { BUILD_ENV, readBuildInfo } from './build-info.ts';
export type { BuildInfo } from './build-info.ts';
export type { VersionsFile, VersionEntry, AliasType } from './versions-file.ts';
