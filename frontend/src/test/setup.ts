import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(cleanup);

// jsdom implements neither; tiles only need a string to put in <img src>.
let objectUrlCount = 0;
URL.createObjectURL ??= () => `blob:test/${++objectUrlCount}`;
URL.revokeObjectURL ??= () => {};
