/** A paste the Check page hands to the Article page ("Check as an article"), kept in memory for the one navigation. */
let handed: string | null = null;

export function handToArticle(text: string): void {
	handed = text;
}

/** The text handed over, once; null when nothing was. */
export function takeHandedArticle(): string | null {
	const text = handed;
	handed = null;
	return text;
}
