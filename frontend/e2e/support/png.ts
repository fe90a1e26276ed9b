import { randomBytes } from 'node:crypto';
import { constants, crc32, deflateSync } from 'node:zlib';

/** The colour a generated photo fades from, as red, green and blue. */
export type Rgb = [number, number, number];

/**
 * A truecolour PNG with a diagonal gradient and a little noise, so every
 * fixture looks different in screenshots and does not compress to nothing.
 */
export function gradientPng(width: number, height: number, from: Rgb): Buffer {
  const rowLength = 1 + width * 3;
  const pixels = Buffer.alloc(rowLength * height);
  let seed = from[0] * 65_536 + from[1] * 256 + from[2] + 1;
  const noise = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return (seed >> 16) % 24;
  };
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const shade = (x + y) / (width + height);
      const offset = y * rowLength + 1 + x * 3;
      for (let channel = 0; channel < 3; channel++) {
        const base = from[channel]! * (1 - shade) + 255 * shade * 0.35;
        pixels[offset + channel] = Math.min(255, Math.round(base) + noise());
      }
    }
  }
  return png(width, height, deflateSync(pixels));
}

/**
 * A truecolour PNG of random pixels, stored without compression, so its size
 * (about 3 bytes a pixel) is known in advance: large files are made to order.
 */
export function noisePng(width: number, height: number): Buffer {
  const rowLength = 1 + width * 3;
  const pixels = randomBytes(rowLength * height);
  for (let y = 0; y < height; y++) {
    // Each row opens with its filter byte; 0 means the bytes are as they are.
    pixels[y * rowLength] = 0;
  }
  return png(
    width,
    height,
    deflateSync(pixels, { level: constants.Z_NO_COMPRESSION }),
  );
}

function png(width: number, height: number, idat: Buffer): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', idat),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typeAndData = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}
