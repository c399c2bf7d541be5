// Bar charts on a canvas: a histogram over [lo, hi] and labelled bars. No dependencies.

const COLORS = { bar: '#b5471b', axis: '#5c6773', text: '#1d232b', grid: '#eee8dc' };

function setup(canvas) {
  const ctx = canvas.getContext('2d');
  ctx.clearRect(0, 0, canvas.width, canvas.height);
  ctx.font = '11px system-ui, sans-serif';
  return ctx;
}

function fmt(x) {
  const a = Math.abs(x);
  if (a !== 0 && (a >= 1e6 || a < 1e-3)) return x.toExponential(2);
  return Number(x.toPrecision(4)).toString();
}

function frame(ctx, canvas, max, pad) {
  const h = canvas.height - pad.top - pad.bottom;
  ctx.strokeStyle = COLORS.grid;
  ctx.fillStyle = COLORS.axis;
  ctx.textAlign = 'right';
  ctx.textBaseline = 'middle';
  for (let k = 0; k <= 4; k++) {
    const y = pad.top + h - (h * k) / 4;
    ctx.beginPath();
    ctx.moveTo(pad.left, y);
    ctx.lineTo(canvas.width - pad.right, y);
    ctx.stroke();
    ctx.fillText(fmt((max * k) / 4), pad.left - 4, y);
  }
}

/** Draws `counts` as a histogram of equal-width bins over [lo, hi]. */
export function drawHistogram(canvas, counts, lo, hi) {
  const ctx = setup(canvas);
  const pad = { left: 56, right: 12, top: 10, bottom: 28 };
  const max = Math.max(1, ...counts);
  frame(ctx, canvas, max, pad);
  const w = (canvas.width - pad.left - pad.right) / counts.length;
  const h = canvas.height - pad.top - pad.bottom;
  ctx.fillStyle = COLORS.bar;
  counts.forEach((c, i) => {
    const bh = (h * c) / max;
    ctx.fillRect(pad.left + i * w + 0.5, pad.top + h - bh, Math.max(1, w - 1), bh);
  });
  ctx.fillStyle = COLORS.text;
  ctx.textBaseline = 'top';
  const ticks = 5;
  for (let k = 0; k <= ticks; k++) {
    ctx.textAlign = k === 0 ? 'left' : k === ticks ? 'right' : 'center';
    ctx.fillText(fmt(lo + ((hi - lo) * k) / ticks), pad.left + ((canvas.width - pad.left - pad.right) * k) / ticks, pad.top + h + 6);
  }
}

/** Draws labelled vertical bars (for example word counts). */
export function drawBars(canvas, labels, values) {
  const ctx = setup(canvas);
  const pad = { left: 56, right: 12, top: 10, bottom: 64 };
  const max = Math.max(1, ...values);
  frame(ctx, canvas, max, pad);
  const w = (canvas.width - pad.left - pad.right) / Math.max(1, values.length);
  const h = canvas.height - pad.top - pad.bottom;
  values.forEach((v, i) => {
    const bh = (h * v) / max;
    ctx.fillStyle = COLORS.bar;
    ctx.fillRect(pad.left + i * w + 2, pad.top + h - bh, Math.max(1, w - 4), bh);
    ctx.save();
    ctx.fillStyle = COLORS.text;
    ctx.translate(pad.left + i * w + w / 2, pad.top + h + 6);
    ctx.rotate(-Math.PI / 4);
    ctx.textAlign = 'right';
    ctx.textBaseline = 'middle';
    ctx.fillText(String(labels[i]).slice(0, 14), 0, 0);
    ctx.restore();
  });
}
