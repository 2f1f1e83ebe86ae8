/**
 * The evidence card as PNG, drawn by the browser: the SVG is decoded as an image and painted on a
 * canvas. A data: URL, because the page's policy allows images from 'self' and data: only (no blob:);
 * an SVG image without foreignObject leaves the canvas readable. Browser only (needs the DOM).
 */
import { CARD_HEIGHT, CARD_WIDTH } from './card-svg.ts';

export function svgDataUrl(svg: string): string {
	return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}

/** `svg` (a card) as a PNG of 1200×675. Rejects with a sentence when the browser cannot draw it. */
export async function cardPng(svg: string): Promise<Blob> {
	const image = new Image(CARD_WIDTH, CARD_HEIGHT);
	image.src = svgDataUrl(svg);
	try {
		await image.decode();
	} catch {
		throw new Error('Your browser could not draw the card as an image. Download the SVG instead.');
	}
	const canvas = document.createElement('canvas');
	canvas.width = CARD_WIDTH;
	canvas.height = CARD_HEIGHT;
	const context = canvas.getContext('2d');
	if (!context) throw new Error('Your browser has no canvas to draw the card on. Download the SVG instead.');
	context.drawImage(image, 0, 0, CARD_WIDTH, CARD_HEIGHT);
	return new Promise((resolve, reject) =>
		canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The card could not be turned into a PNG. Download the SVG instead.'))), 'image/png')
	);
}
