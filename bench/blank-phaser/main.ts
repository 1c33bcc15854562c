/**
 * The baseline for `npm run bench:load`: a blank Phaser 4 game as a Vite starter makes it (the
 * full `phaser` package, one scene, one line of DOM text). Its button is enabled when the scene
 * has been created, the moment this game is "interactive".
 */
import * as Phaser from 'phaser';

class BlankScene extends Phaser.Scene {
  create(): void {
    this.add.text(20, 20, 'Hello Phaser', { color: '#ffffff' });
    const status = document.getElementById('status');
    if (status) status.textContent = 'Ready';
    document.getElementById('start')?.removeAttribute('disabled');
  }
}

new Phaser.Game({
  type: Phaser.AUTO,
  parent: 'game',
  width: 800,
  height: 600,
  scene: [BlankScene],
});
