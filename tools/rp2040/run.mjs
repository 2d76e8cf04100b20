#!/usr/bin/env node
// Runs an mpyc rp2040 firmware (ELF, UF2 or raw flash image) in rp2040js.
//
//   node run.mjs FIRMWARE [--timeout SECONDS] [--gpio-log FILE]
//
// rp2040js ships no boot ROM image, so the runner does what the ROM and
// boot2 would: it loads the image into flash and starts the core at the
// vector table that follows boot2 (0x10000100): VTOR, SP and PC from it.
// UART0 output goes to stdout ("\r\n" becomes "\n"). The firmware ends with
// a semihosting SYS_EXIT_EXTENDED (BKPT 0xAB, r0 = 0x20, r1 -> {reason,
// status}); the runner exits with that status. --timeout ends a hung run
// with status 124. --gpio-log writes one line per GPIO output change:
// "TIME_US PIN VALUE" (VALUE 0 or 1; "in" when the pin stops driving).
import fs from 'node:fs';
import { RP2040, GPIOPinState, ConsoleLogger } from 'rp2040js';

const FLASH_BASE = 0x10000000;
const IMAGE_VECTORS = FLASH_BASE + 0x100;
const UF2_FAMILY_RP2040 = 0xe48bff56;
const CYCLE_NANOS = 1e9 / 125e6; // the firmware runs clk_sys at 125 MHz

function fail(message, status = 2) {
  process.stderr.write(`rp2040 runner: ${message}\n`);
  process.exit(status);
}

function parseArgs(argv) {
  const options = { timeout: 0, gpioLog: null, file: null };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--timeout') {
      options.timeout = Number(argv[++i]);
      if (!(options.timeout > 0)) fail('--timeout needs a positive number of seconds');
    } else if (arg === '--gpio-log') {
      options.gpioLog = argv[++i];
      if (!options.gpioLog) fail('--gpio-log needs a file name');
    } else if (arg.startsWith('-')) {
      fail(`unknown option ${arg}`);
    } else if (options.file === null) {
      options.file = arg;
    } else {
      fail('only one firmware file');
    }
  }
  if (options.file === null) fail('usage: run.mjs FIRMWARE [--timeout S] [--gpio-log FILE]');
  return options;
}

// Flash contents as [address, bytes] pieces.
function loadElf(data) {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  if (data[4] !== 1 || data[5] !== 1) fail('not a 32-bit little-endian ELF');
  if (view.getUint16(18, true) !== 40) fail('ELF is not for ARM');
  const phoff = view.getUint32(28, true);
  const phentsize = view.getUint16(42, true);
  const phnum = view.getUint16(44, true);
  const pieces = [];
  for (let i = 0; i < phnum; i++) {
    const ph = phoff + i * phentsize;
    if (ph + 32 > data.length) fail('truncated ELF program header');
    const type = view.getUint32(ph, true);
    const offset = view.getUint32(ph + 4, true);
    const paddr = view.getUint32(ph + 12, true);
    const filesz = view.getUint32(ph + 16, true);
    if (type !== 1 || filesz === 0) continue; // PT_LOAD with file contents
    if (offset + filesz > data.length) fail('truncated ELF segment');
    pieces.push([paddr, data.subarray(offset, offset + filesz)]);
  }
  return pieces;
}

function loadUf2(data) {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const pieces = [];
  for (let block = 0; block + 512 <= data.length; block += 512) {
    if (view.getUint32(block, true) !== 0x0a324655 || view.getUint32(block + 4, true) !== 0x9e5d5157)
      fail(`UF2 block ${block / 512}: bad magic`);
    const flags = view.getUint32(block + 8, true);
    if ((flags & 0x2000) && view.getUint32(block + 28, true) !== UF2_FAMILY_RP2040)
      fail(`UF2 block ${block / 512}: not the RP2040 family`);
    const address = view.getUint32(block + 12, true);
    const size = view.getUint32(block + 16, true);
    if (size > 476) fail(`UF2 block ${block / 512}: payload too large`);
    pieces.push([address, data.subarray(block + 32, block + 32 + size)]);
  }
  return pieces;
}

function loadImage(file) {
  let data;
  try {
    data = new Uint8Array(fs.readFileSync(file));
  } catch (e) {
    fail(`cannot read ${file}: ${e.message}`);
  }
  if (data.length >= 4 && data[0] === 0x7f && data[1] === 0x45 && data[2] === 0x4c && data[3] === 0x46)
    return loadElf(data);
  if (data.length >= 512 && new DataView(data.buffer).getUint32(0, true) === 0x0a324655)
    return loadUf2(data);
  return [[FLASH_BASE, data]];
}

const options = parseArgs(process.argv.slice(2));
const mcu = new RP2040();
mcu.logger = new ConsoleLogger(4 /* errors only */, false);

for (const [address, bytes] of loadImage(options.file)) {
  const offset = address - FLASH_BASE;
  if (offset < 0 || offset + bytes.length > mcu.flash.length)
    fail(`segment at 0x${address.toString(16)} is outside flash`);
  mcu.flash.set(bytes, offset);
}

// Output: UART0 bytes, without the carriage returns the console adds.
const pending = [];
function flushOutput() {
  if (pending.length) {
    fs.writeSync(1, Buffer.from(pending));
    pending.length = 0;
  }
}
mcu.uart[0].onByte = (byte) => {
  if (byte !== 13) pending.push(byte);
  if (pending.length >= 4096) flushOutput();
};

// The pads: rp2040js reads back only levels set from outside, while on a
// board a driven pin reads its own level and a floating input its pull.
// Model that, and log output changes for --gpio-log.
let gpioLog = options.gpioLog ? [] : null;
mcu.gpio.forEach((pin, index) => {
  pin.addListener((state) => {
    if (state === GPIOPinState.High || state === GPIOPinState.InputPullUp) pin.setInputValue(true);
    else if (state === GPIOPinState.Low || state === GPIOPinState.InputPullDown) pin.setInputValue(false);
    if (gpioLog) {
      const value = state === GPIOPinState.High ? '1' : state === GPIOPinState.Low ? '0' : 'in';
      gpioLog.push(`${Math.floor(mcu.clock.nanos / 1000)} ${index} ${value}`);
    }
  });
});

function finish(status) {
  flushOutput();
  if (gpioLog) fs.writeFileSync(options.gpioLog, gpioLog.join('\n') + (gpioLog.length ? '\n' : ''));
  process.exit(status);
}

// Semihosting: only the exit calls; anything else is a firmware bug here.
let exitStatus = null;
mcu.onBreak = (code) => {
  const core = mcu.core;
  const pc = (core.PC - core.breakRewind) >>> 0;
  const isSemihosting = code === 0xab && mcu.readUint16(pc) === 0xbeab;
  if (!isSemihosting) {
    // BKPT or UDF without a debugger: a HardFault, as on the chip; the
    // firmware's handler reports it and exits.
    core.PC = pc;
    core.exceptionEntry(3);
    return;
  }
  const op = core.registers[0];
  const arg = core.registers[1];
  if (op === 0x20) {
    const reason = mcu.readUint32(arg);
    exitStatus = reason === 0x20026 ? mcu.readUint32(arg + 4) | 0 : 1;
  } else if (op === 0x18) {
    exitStatus = arg === 0x20026 ? 0 : 1;
  } else {
    process.stderr.write(`rp2040 runner: unsupported semihosting call 0x${op.toString(16)}\n`);
    exitStatus = 2;
  }
};

// What the boot ROM and boot2 would leave: VTOR at the image, SP and PC from it.
const core = mcu.core;
core.VTOR = IMAGE_VECTORS;
core.SP = mcu.readUint32(IMAGE_VECTORS);
core.PC = mcu.readUint32(IMAGE_VECTORS + 4) & ~1;
if (core.PC < FLASH_BASE || core.PC >= FLASH_BASE + mcu.flash.length)
  fail(`no firmware vector table at 0x${IMAGE_VECTORS.toString(16)} (reset vector 0x${core.PC.toString(16)})`);

const deadline = options.timeout > 0 ? Date.now() + options.timeout * 1000 : Infinity;
const clock = mcu.clock;
while (exitStatus === null) {
  for (let i = 0; i < 200000 && exitStatus === null; i++) {
    if (core.waiting) {
      const nanos = clock.nanosToNextAlarm;
      if (nanos <= 0) {
        // asleep with nothing to wake it: a hang, left to --timeout
        if (Date.now() > deadline) break;
        continue;
      }
      clock.tick(nanos);
    } else {
      clock.tick(core.executeInstruction() * CYCLE_NANOS);
    }
  }
  flushOutput(); // stream: a user (or a killer) sees output as it comes
  if (Date.now() > deadline) {
    process.stderr.write(`rp2040 runner: timeout after ${options.timeout} s\n`);
    finish(124);
  }
}
finish(exitStatus & 0xff);
