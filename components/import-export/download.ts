/**
 * Saves a Blob as a file through a temporary <a download>: no `downloads` permission needed, and nothing
 * leaves the machine. The object URL is released after the browser has started the download.
 */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in Firefox; a few seconds is plenty for it to start.
  setTimeout(() => URL.revokeObjectURL(url), 5_000);
}

export async function readFileBytes(file: Blob): Promise<Uint8Array> {
  return new Uint8Array(await file.arrayBuffer());
}
