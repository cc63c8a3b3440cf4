/**
 * html-validate over every page of the built site, with the project's documented configuration
 * (.htmlvalidate.json, explained in docs/html-validation.md).
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { FileSystemConfigLoader, HtmlValidate, formatterFactory } from 'html-validate';
import { projectRoot, sharedSite, sitePages, type SharedSite } from './helpers/site.ts';

let site: SharedSite;
beforeAll(async () => {
  site = await sharedSite();
});

describe('html-validate over dist/', () => {
  it('uses the documented configuration', () => {
    const config = JSON.parse(fs.readFileSync(path.join(projectRoot, '.htmlvalidate.json'), 'utf8')) as { extends: string[]; rules: Record<string, unknown> };
    expect(config.extends).toContain('html-validate:recommended');
    const doc = fs.readFileSync(path.join(projectRoot, 'docs', 'html-validation.md'), 'utf8');
    for (const rule of Object.keys(config.rules)) expect(doc, `docs/html-validation.md explains ${rule}`).toContain(`\`${rule}\``);
  });

  it('finds no error in any page', async () => {
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    const pages = sitePages(site.dist);
    expect(pages.length).toBeGreaterThan(10);
    const failures: string[] = [];
    for (const page of pages) {
      const file = path.join(site.dist, page.slice(1), page.endsWith('/') ? 'index.html' : '');
      // Validate with the project's config (the file lives outside the project, in the build folder).
      const report = await validator.validateString(fs.readFileSync(file, 'utf8'), path.join(projectRoot, 'dist', page.slice(1), 'index.html'));
      if (!report.valid) failures.push(formatterFactory('text')(report.results));
    }
    expect(failures.join('\n')).toBe('');
  });
});
