/** `text`, the source of `file`, with each relative specifier into shared/ written as `@shared/…`; `count` is how many. */
export function aliasSharedImports(file: string, text: string): { text: string; count: number };
