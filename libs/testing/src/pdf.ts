import { PDFParse } from 'pdf-parse';

/** The text of a PDF document (a statement's, say), for tests that read what a person would. */
export async function pdfText(data: Buffer | Uint8Array): Promise<string> {
  const parser = new PDFParse({ data });
  try {
    return (await parser.getText()).text;
  } finally {
    await parser.destroy();
  }
}
