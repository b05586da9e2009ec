import bcrypt from "bcryptjs";

// bcrypt (pure-JS build, no native toolchain needed); cost 11 ≈ 0.1–0.2 s on these machines.
const cost = 11;

export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, cost);
}

export function verifyPassword(password: string, passwordHash: string): Promise<boolean> {
  return bcrypt.compare(password, passwordHash);
}
