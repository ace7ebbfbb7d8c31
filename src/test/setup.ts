// Vitest set-up shared by every unit test.
import '@testing-library/jest-dom/vitest';
